// A fake /graphql endpoint: records every request and answers from a handler keyed by operation name.
export interface Call {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}
type Answer = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; status?: number };

export function fakeApi(handler: (op: string, variables: Record<string, any>, call: Call) => Answer) {
  const calls: Call[] = [];
  const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init.body));
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const call: Call = { operationName, query: body.query, variables: body.variables, headers: init.headers as Record<string, string> };
    calls.push(call);
    const { status = 200, ...answer } = handler(operationName, body.variables, call);
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

export const gqlError = (code: string, message: string, field?: string) => ({
  errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
  data: null,
});
