// A catalog in another language must have exactly the keys of the Italian one.
export type Catalog<T> = { readonly [K in keyof T]: string };
