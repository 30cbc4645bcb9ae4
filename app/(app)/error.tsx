"use client";

// Inside the signed-in frame, so a failing page keeps the header and the menu.
export { default } from "../error";
