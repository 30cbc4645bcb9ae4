-- AlterTable
ALTER TABLE "PresentationSlot" ADD COLUMN     "panelId" TEXT;

-- CreateTable
CREATE TABLE "Schedule" (
    "roundId" TEXT NOT NULL,
    "presentationMinutes" INTEGER NOT NULL DEFAULT 7,
    "interviewMinutes" INTEGER NOT NULL DEFAULT 13,
    "breakMinutes" INTEGER NOT NULL DEFAULT 0,
    "days" JSONB NOT NULL DEFAULT '[]',
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("roundId")
);

-- CreateTable
CREATE TABLE "SchedulePanel" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "SchedulePanel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchedulePanelJudge" (
    "panelId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,

    CONSTRAINT "SchedulePanelJudge_pkey" PRIMARY KEY ("panelId","judgeId")
);

-- CreateTable
CREATE TABLE "SiteVisit" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "visitDate" DATE NOT NULL,
    "evaluators" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteVisitJudge" (
    "visitId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,

    CONSTRAINT "SiteVisitJudge_pkey" PRIMARY KEY ("visitId","judgeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SchedulePanel_roundId_name_key" ON "SchedulePanel"("roundId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SchedulePanel_roundId_order_key" ON "SchedulePanel"("roundId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "SchedulePanelJudge_roundId_judgeId_key" ON "SchedulePanelJudge"("roundId", "judgeId");

-- CreateIndex
CREATE UNIQUE INDEX "SiteVisit_roundId_proposalId_key" ON "SiteVisit"("roundId", "proposalId");

-- CreateIndex
CREATE INDEX "PresentationSlot_panelId_idx" ON "PresentationSlot"("panelId");

-- AddForeignKey
ALTER TABLE "PresentationSlot" ADD CONSTRAINT "PresentationSlot_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "SchedulePanel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchedulePanel" ADD CONSTRAINT "SchedulePanel_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchedulePanelJudge" ADD CONSTRAINT "SchedulePanelJudge_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "SchedulePanel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchedulePanelJudge" ADD CONSTRAINT "SchedulePanelJudge_roundId_judgeId_fkey" FOREIGN KEY ("roundId", "judgeId") REFERENCES "JudgeAppointment"("roundId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteVisit" ADD CONSTRAINT "SiteVisit_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteVisit" ADD CONSTRAINT "SiteVisit_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteVisitJudge" ADD CONSTRAINT "SiteVisitJudge_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "SiteVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteVisitJudge" ADD CONSTRAINT "SiteVisitJudge_roundId_judgeId_fkey" FOREIGN KEY ("roundId", "judgeId") REFERENCES "JudgeAppointment"("roundId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;
