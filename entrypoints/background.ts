export default defineBackground(() => {
  console.log('relance background');
});
