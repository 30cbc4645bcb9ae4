-- CreateEnum
CREATE TYPE "ConsolidationOutcome" AS ENUM ('DISCUSSED', 'SHEET_REVISED', 'STANDS');

-- CreateEnum
CREATE TYPE "AdvanceRule" AS ENUM ('TOP_N', 'PASSING_GRADE', 'HAND_PICKED');

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "divergenceThreshold" DECIMAL(5,2) NOT NULL DEFAULT 20,
ADD COLUMN     "minSheetsPerJudge" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "minutesKey" TEXT,
ADD COLUMN     "scoresFingerprint" TEXT,
ADD COLUMN     "sealedAt" TIMESTAMP(3),
ADD COLUMN     "sealedById" TEXT;

-- CreateTable
CREATE TABLE "Consolidation" (
    "roundId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "outcome" "ConsolidationOutcome" NOT NULL,
    "note" TEXT NOT NULL,
    "spread" DECIMAL(9,4) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consolidation_pkey" PRIMARY KEY ("roundId","proposalId")
);

-- CreateTable
CREATE TABLE "Advancement" (
    "roundId" TEXT NOT NULL,
    "rule" "AdvanceRule" NOT NULL,
    "topN" INTEGER,
    "passingGrade" DECIMAL(7,4),
    "balance" JSONB NOT NULL DEFAULT '[]',
    "adjustments" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Advancement_pkey" PRIMARY KEY ("roundId")
);

-- AddForeignKey
ALTER TABLE "Consolidation" ADD CONSTRAINT "Consolidation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consolidation" ADD CONSTRAINT "Consolidation_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Advancement" ADD CONSTRAINT "Advancement_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: what Prisma's schema language cannot express. The drift check ignores these.
ALTER TABLE "Round" ADD CONSTRAINT "Round_minSheetsPerJudge_check" CHECK ("minSheetsPerJudge" BETWEEN 2 AND 100);
ALTER TABLE "Round" ADD CONSTRAINT "Round_divergenceThreshold_check" CHECK ("divergenceThreshold" > 0 AND "divergenceThreshold" <= 100);
ALTER TABLE "Advancement" ADD CONSTRAINT "Advancement_parameter_check" CHECK (
  ("rule" = 'TOP_N' AND "topN" > 0) OR ("rule" = 'PASSING_GRADE' AND "passingGrade" BETWEEN 0 AND 100) OR "rule" = 'HAND_PICKED'
);
