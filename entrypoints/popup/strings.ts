// Every string the popup shows, in one place, ready for translation.
export const strings = {
  title: 'Fifteen',
  loading: 'Loading your points…',
  points: {
    total: 'Networking points',
    week: 'This week',
    month: 'This month',
    logged: 'Conversations logged',
    levelsCaption: 'Conversations by best level reached',
    levels: ['New connection', 'Suggested someone', 'Memorable impression', 'Opening + contact'] as [string, string, string, string],
  },
  openOptions: 'Settings and backup',
  problems: (n: number) => `${n} stored ${n === 1 ? 'record' : 'records'} could not be read. They are kept as they are; export a backup from Settings.`,
  error: (message: string) => `Fifteen could not read its data: ${message}`,
};
