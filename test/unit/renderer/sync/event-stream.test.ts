import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../../../renderer/sync/event-stream';

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

const collect = async (stream: ReadableStream<Uint8Array>) => {
  const out: string[] = [];
  for await (const data of parseEvents(stream)) out.push(data);
  return out;
};

describe('parseEvents', () => {
  it('yields each event data, across chunk boundaries, skipping comments and other fields', async () => {
    const events = await collect(
      streamOf(': keep-alive\n\n', 'event: poke\ndata: {"territories":["a"],', '"version":3}\n\n', 'id: 4\r\ndata: second\r\n\r\n'),
    );
    expect(events).toEqual(['{"territories":["a"],"version":3}', 'second']);
  });

  it('joins multi-line data with newlines', async () => {
    expect(await collect(streamOf('data: one\ndata: two\n\n'))).toEqual(['one\ntwo']);
  });
});
