// A page to read and print: no script at all.
export const csr = false;
