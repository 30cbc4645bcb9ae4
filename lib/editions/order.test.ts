import { describe, expect, it } from "vitest";
import { swapped } from "./order";

describe("moving an item one place", () => {
  it("swaps it with its neighbour in the chosen direction", () => {
    expect(swapped(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(swapped(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
  });

  it("does nothing at either end or for an unknown item", () => {
    expect(swapped(["a", "b"], "a", "up")).toBeNull();
    expect(swapped(["a", "b"], "b", "down")).toBeNull();
    expect(swapped(["a", "b"], "x", "down")).toBeNull();
  });
});
