// Keys for the values a text module computes once per draft and keeps on its Document (Document.memo). A
// module of its own, without imports, so the text modules can make their keys at load time whatever the
// order the engine's modules load in.

/** A key for one kind of per-draft value; `T` is the value's type. Compared by identity: make one per module. */
export interface DocumentMemo<T> {
  readonly name: string;
  /** (Never set: carries the value's type.) */
  readonly type?: T;
}

export function documentMemo<T>(name: string): DocumentMemo<T> {
  return { name };
}
