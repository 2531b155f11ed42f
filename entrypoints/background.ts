export default defineBackground(() => {
  // placeholder, replaced by the background helper
});
