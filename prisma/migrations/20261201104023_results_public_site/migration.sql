-- Award gains a required resultId: no release wrote awards before this migration, so the table is empty.
-- CreateEnum
CREATE TYPE "ObjectionDecision" AS ENUM ('PENDING', 'UPHELD', 'REJECTED');

-- DropIndex
DROP INDEX "Award_editionId_name_proposalId_key";

-- AlterTable
ALTER TABLE "Award" ADD COLUMN     "resultId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "nationalQuotaPerInstitution" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "remindedAt" TIMESTAMP(3),
ADD COLUMN     "reportedById" TEXT;

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "checks" JSONB;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "publicHidden" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publicSummary" TEXT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "objectionClosesAt" TIMESTAMP(3),
ADD COLUMN     "objectionOpensAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ResultLine" ADD COLUMN     "certificateCode" TEXT;

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "lodgedById" TEXT,
    "unitId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "evidenceFileName" TEXT,
    "evidenceKey" TEXT,
    "evidenceType" TEXT,
    "lodgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "ObjectionDecision" NOT NULL DEFAULT 'PENDING',
    "decisionNote" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
    "editionId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Objection_evidenceKey_key" ON "Objection"("evidenceKey");

-- CreateIndex
CREATE INDEX "Objection_editionId_decision_idx" ON "Objection"("editionId", "decision");

-- CreateIndex
CREATE INDEX "Objection_proposalId_idx" ON "Objection"("proposalId");

-- CreateIndex
CREATE INDEX "Announcement_publishedAt_idx" ON "Announcement"("publishedAt");

-- CreateIndex
CREATE INDEX "Award_editionId_idx" ON "Award"("editionId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_resultId_name_proposalId_key" ON "Award"("resultId", "name", "proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultLine_certificateCode_key" ON "ResultLine"("certificateCode");

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_lodgedById_fkey" FOREIGN KEY ("lodgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
