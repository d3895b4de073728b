// picomatch's posix entry (no `process` or `path`, so it runs in a browser) has no own declarations.
declare module 'picomatch/posix.js' {
  import picomatch from 'picomatch';
  export default picomatch;
}
