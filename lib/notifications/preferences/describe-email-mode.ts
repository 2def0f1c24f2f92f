// How the app says that a type's email goes in the daily digest (the test panel's preview and its result).
export function describeDigestEmail(typeLabel: string, digestTime: string): string {
  return `Not emailed on its own: ${typeLabel.toLowerCase()} go in your daily digest at ${digestTime}.`;
}
