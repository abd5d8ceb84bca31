import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DraftField } from '../../../../renderer/ui/fields';

describe('form inputs', () => {
  it('never share a DOM id, even two inputs of one name in two editors open at once', () => {
    const field = { draft: { name: 'Ada' }, errors: {}, onChange: () => undefined };
    const html = renderToStaticMarkup(
      <>
        <DraftField {...field} name="name" label="Name" />
        <DraftField {...field} name="name" label="Name" />
      </>,
    );
    const ids = [...html.matchAll(/<input[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    // Each label still names its own input.
    const labels = [...html.matchAll(/<label[^>]* for="([^"]+)"/g)].map((m) => m[1]);
    expect(labels).toEqual(ids);
  });
});
