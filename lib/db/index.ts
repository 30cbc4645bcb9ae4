export { prisma, getPrisma, createPrismaClient } from "./client";
export type { PrismaClient } from "./client";
export { Prisma } from "@/lib/generated/prisma/client";
