// Gives the page a turn (input, paint) between chunks of long work. A message on a
// MessageChannel is a new task with no minimum delay; setTimeout(0) is clamped to 4 ms once
// nested, and to 1 s in a background tab, which adds up over the 30 chunks of a large import.
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
