// The builders the sample newsroom's stories are written with, one per kind
// of block of the contract (docs/contract.md, "Block").

export const p = (text) => ({ type: "paragraph", text });
export const h = (text) => ({ type: "heading", text });
export const q = (text, attribution) => ({ type: "quote", text, attribution });
export const list = (...items) => ({ type: "list", items });
// A photo in the text: newsroom.mjs gives it its sizes (`photo`).
export const img = (name, alt, caption) => ({ type: "image", photo: name, alt, caption });
