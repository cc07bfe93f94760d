export { scanPage } from '../lib/detect/page';
