// The bundle in ASCII, so bin/cohort can decode it as latin1 (see scripts/build.mjs).

/** Every non-ASCII UTF-16 unit as a \\uXXXX escape: the same string, regular expression or identifier in JavaScript. */
export function asciiOnly(code) {
  return code.replace(/[\u0080-\uffff]/g, (c, at) => {
    // After a backslash the escape would be read as the escaped backslash and the letters "uXXXX".
    if (code[at - 1] === '\\') throw new Error(`dist/cohort.js: an escaped non-ASCII character at offset ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
