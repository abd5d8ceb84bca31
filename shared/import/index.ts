/**
 * CRM import, the part every caller shares (the dialog, the CLI, the
 * benchmark): read a file, say where it came from, map its columns and
 * picklist values, turn rows into checked records, and plan what applying
 * would do. Pure and isomorphic: bytes in, plain data out; nothing here
 * writes. The steps, in order:
 *
 *   readImportFile(name, bytes)            → ImportFile (table of rows with their file row numbers)
 *   detectSource(table.headers)            → SourceDetection (salesforce | hubspot | generic, entity)
 *   suggestColumnMapping(headers, target)  → ColumnMapping (saved per source, reused with reuseColumnMapping)
 *   suggestValueMapping(table, mapping)    → ValueMapping (picklists; SKIP_ROW leaves rows out)
 *   convertRows(table, options)            → Conversion (candidates, row errors, skips, the date format)
 *   planImport(conversion, { store, ... }) → ImportPlan (new / update with patch / unchanged / skipped / error / possible duplicate)
 *   plannedRecords(plan, entity)           → the new records, for the next step of a session
 *
 * shared/import/README.md says what each step decides and what the apply step must do.
 */
export * from './table';
export * from './limits';
export * from './decode';
export * from './read-csv';
export * from './read-xlsx';
export * from './read-file';
export * from './salesforce-id';
export * from './external-id';
export * from './fields';
export * from './known-headers';
export * from './sources';
export * from './column-mapping';
export * from './value-mapping';
export * from './normalize/parsed';
export * from './normalize/amount';
export * from './normalize/date';
export * from './normalize/website';
export * from './normalize/name';
export * from './normalize/boolean';
export * from './records';
export * from './row-error';
export * from './convert';
export * from './relations';
export * from './match-keys';
export * from './similarity';
export * from './plan';
export * from './run-entries';
