// Every pairing of a round robin, by the circle method: the first entrant stays put and the others
// rotate one seat per round, so each round is a set of disjoint pairs and every pair meets exactly
// once in n − 1 rounds (n rounds with a bye when n is odd: whoever faces the empty seat rests).
export function roundRobinRounds<T>(entrants: readonly T[]): [T, T][][] {
  const seats: (T | null)[] = entrants.length % 2 === 0 ? [...entrants] : [...entrants, null];
  const rounds: [T, T][][] = [];
  for (let round = 0; round < seats.length - 1; round++) {
    const pairs: [T, T][] = [];
    for (let i = 0; i < seats.length / 2; i++) {
      const home = seats[i];
      const away = seats[seats.length - 1 - i];
      if (home != null && away != null) pairs.push(round % 2 === 0 ? [home, away] : [away, home]);
    }
    rounds.push(pairs);
    seats.splice(1, 0, seats.pop() ?? null);
  }
  return rounds;
}
