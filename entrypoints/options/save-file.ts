// The options page saves files the way every extension page does (utils/save-file.ts).
export { saveFile } from '@/utils/save-file';
