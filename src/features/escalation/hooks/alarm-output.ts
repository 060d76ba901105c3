// The two optional ways an alarm reaches someone away from the screen: a short beep (Web Audio,
// no sound file to load) and a browser notification. Both fail quietly: an alarm banner is
// always on screen, and a browser that refuses audio or notifications must not break it.
let audio: AudioContext | null = null;

export function playAlarmSound(): void {
  try {
    const Ctx = window.AudioContext ?? (window as Window & { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    audio ??= new Ctx();
    void audio.resume().catch(() => undefined);
    const start = audio.currentTime;
    for (const offset of [0, 0.25]) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'square';
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.2);
    }
  } catch (error) {
    console.warn('Alarm sound unavailable', error);
  }
}

export type NotificationSupport = NotificationPermission | 'unsupported';

export function notificationSupport(): NotificationSupport {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for permission. Call only from a user's click (browsers ignore it otherwise). */
export async function askNotificationPermission(): Promise<NotificationSupport> {
  if (typeof Notification === 'undefined') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

export function showAlarmNotification(title: string, body: string, tag: string): void {
  if (notificationSupport() !== 'granted') return;
  try {
    // The tag makes a repeat (another tab, a reload) replace the notification, not stack a new one.
    new Notification(title, { body, tag });
  } catch (error) {
    console.warn('Notification unavailable', error);
  }
}
