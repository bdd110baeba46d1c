// Background: wiring only. Install/update, alarms and messages are handed to utils/.
import { defineBackground } from '#imports';

export default defineBackground(() => {});
