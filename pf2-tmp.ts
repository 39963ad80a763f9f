import * as pagefind from 'pagefind';
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
const a = await index!.addHTMLFile({ url: '/a/', content: '<html lang="en"><body><main data-pagefind-body><h1>Page</h1><p>zebra words</p></main></body></html>' });
const b = await index!.addHTMLFile({ url: '/a/', content: '<html lang="en"><body><main data-pagefind-body><h2 id="d-1">giraffe decision</h2></main></body></html>' });
console.log(a.errors, b.errors, a.file, b.file);
const { files } = await index!.getFiles();
console.log(files.filter((f) => f.path.includes('fragment')).length);
await pagefind.close();
