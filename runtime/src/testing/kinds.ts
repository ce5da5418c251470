/** The expectation kinds of plugin tests, in the order they are documented. */
export const EXPECT_KINDS = [
  'say',
  'request',
  'command',
  'qq',
  'print',
  'score',
  'apiResult',
  'noError',
] as const;
