export * from './tier';
export * from './commercial-model';
