// The renderer entry's first import (main.tsx): modules are evaluated in import order, so the first
// screen's reads leave before React and the desk's code are evaluated (see firstScreen.ts).
import { sendFirstScreen } from './firstScreen';

sendFirstScreen();
