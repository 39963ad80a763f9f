/** A size as people read it in messages: `25.0 MiB`. */
export const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
