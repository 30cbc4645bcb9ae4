-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PROVINCE', 'KABUPATEN', 'KOTA', 'PROVINCIAL_AGENCY', 'REGIONAL_AGENCY', 'SERVICE_UNIT', 'BUMD');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('INVITED', 'ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('UNIT_ADMIN', 'OPERATOR');

-- CreateEnum
CREATE TYPE "AccountTokenKind" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('DRAFT', 'OPEN', 'JUDGING', 'ANNOUNCED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('UMUM', 'REPLIKASI', 'KHUSUS');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('SK_DECREE', 'PHOTO', 'SUPPORTING_DOCUMENT', 'PRESENTATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'WITH_UNIT_ADMIN', 'RETURNED_TO_UNIT', 'SUBMITTED', 'PASSED', 'FAILED', 'RETURNED_FOR_CORRECTION', 'RESUBMITTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CheckOutcome" AS ENUM ('PASS', 'FAIL', 'RETURN_FOR_CORRECTION');

-- CreateEnum
CREATE TYPE "RoundKind" AS ENUM ('DESK_EVALUATION', 'PRESENTATION_INTERVIEW', 'SITE_VISIT');

-- CreateEnum
CREATE TYPE "RoundState" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'SEALED');

-- CreateEnum
CREATE TYPE "NormalisationMethod" AS ENUM ('NONE', 'Z_SCORE');

-- CreateEnum
CREATE TYPE "RoundEntryState" AS ENUM ('IN', 'ADVANCED', 'ELIMINATED');

-- CreateEnum
CREATE TYPE "ConflictSource" AS ENUM ('UNIT_TREE', 'DECLARED', 'ADMIN');

-- CreateEnum
CREATE TYPE "AssignmentState" AS ENUM ('ASSIGNED', 'REMOVED');

-- CreateEnum
CREATE TYPE "ScoreSheetState" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ResultTier" AS ENUM ('TOP_N', 'FINALIST', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "NationalStage" AS ENUM ('SUBMITTED', 'PASSED_ADMINISTRATION', 'TOP_99', 'TOP_45', 'AWARDED', 'NOT_ADVANCED');

-- CreateEnum
CREATE TYPE "NotificationState" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "regionCode" TEXT,
    "parentId" TEXT,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "isInstitution" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nip" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT,
    "status" "UserStatus" NOT NULL DEFAULT 'INVITED',
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" TIMESTAMP(3),
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JudgeProfile" (
    "userId" TEXT NOT NULL,
    "affiliation" TEXT,
    "expertise" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JudgeProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "AccountTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Edition" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "theme" TEXT NOT NULL,
    "status" "EditionStatus" NOT NULL DEFAULT 'DRAFT',
    "registrationOpensAt" TIMESTAMP(3),
    "registrationClosesAt" TIMESTAMP(3),
    "announcementAt" TIMESTAMP(3),
    "minImplementationMonths" INTEGER NOT NULL DEFAULT 12,
    "excludePreviousWinners" BOOLEAN NOT NULL DEFAULT true,
    "topN" INTEGER NOT NULL DEFAULT 45,
    "defaultQuota" INTEGER NOT NULL DEFAULT 10,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "kind" "GroupKind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quota" (
    "editionId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "maxProposals" INTEGER NOT NULL,

    CONSTRAINT "Quota_pkey" PRIMARY KEY ("editionId","institutionId")
);

-- CreateTable
CREATE TABLE "FormSection" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT,
    "wordLimit" INTEGER,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "FormSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttachmentRequirement" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "kind" "AttachmentKind" NOT NULL,
    "label" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "allowedContentTypes" TEXT[],
    "maxBytes" INTEGER NOT NULL,
    "maxFiles" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AttachmentRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Innovation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Innovation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "innovationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "groupId" TEXT,
    "categoryId" TEXT,
    "title" TEXT NOT NULL,
    "implementationStartedOn" DATE,
    "sdgs" INTEGER[],
    "replicatedInnovationId" TEXT,
    "videoUrl" TEXT,
    "priorAwards" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "correctionDeadline" TIMESTAMP(3),
    "extensionUntil" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalInnovator" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nip" TEXT,
    "position" TEXT,

    CONSTRAINT "ProposalInnovator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "proposalId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("proposalId","sectionId")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "kind" "AttachmentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" BIGSERIAL NOT NULL,
    "proposalId" TEXT NOT NULL,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus" NOT NULL,
    "actorId" TEXT,
    "comment" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdminCheck" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "outcome" "CheckOutcome",
    "reason" TEXT,
    "correctionDeadline" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdminCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdminCheckItem" (
    "checkId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "passed" BOOLEAN,
    "auto" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "AdminCheckItem_pkey" PRIMARY KEY ("checkId","key")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "kind" "RoundKind" NOT NULL,
    "name" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "judgesPerEntry" INTEGER NOT NULL DEFAULT 3,
    "normalisation" "NormalisationMethod" NOT NULL DEFAULT 'NONE',
    "weight" DECIMAL(5,4) NOT NULL,
    "state" "RoundState" NOT NULL DEFAULT 'DRAFT',
    "advanceCount" INTEGER,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "weight" DECIMAL(6,3) NOT NULL,
    "scaleMin" INTEGER NOT NULL DEFAULT 1,
    "scaleMax" INTEGER NOT NULL DEFAULT 10,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundEntry" (
    "roundId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "state" "RoundEntryState" NOT NULL DEFAULT 'IN',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "RoundEntry_pkey" PRIMARY KEY ("roundId","proposalId")
);

-- CreateTable
CREATE TABLE "JudgeAppointment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "loadCap" INTEGER,
    "declarationSignedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JudgeAppointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conflict" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "proposalId" TEXT,
    "unitId" TEXT,
    "source" "ConflictSource" NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liftedById" TEXT,
    "liftedAt" TIMESTAMP(3),
    "liftReason" TEXT,

    CONSTRAINT "Conflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "state" "AssignmentState" NOT NULL DEFAULT 'ASSIGNED',
    "assignedById" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "state" "ScoreSheetState" NOT NULL DEFAULT 'DRAFT',
    "weightedTotal" DECIMAL(9,4),
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "sheetId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "value" DECIMAL(6,2) NOT NULL,
    "comment" TEXT,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("sheetId","criterionId")
);

-- CreateTable
CREATE TABLE "ScoreChange" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "oldValue" DECIMAL(6,2),
    "newValue" DECIMAL(6,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresentationSlot" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "room" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "minutes" INTEGER NOT NULL DEFAULT 20,

    CONSTRAINT "PresentationSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "minutesKey" TEXT,
    "supersedesId" TEXT,
    "correctionReason" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultLine" (
    "resultId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "finalScore" DECIMAL(9,4) NOT NULL,
    "rank" INTEGER NOT NULL,
    "tier" "ResultTier" NOT NULL,
    "explanation" JSONB,

    CONSTRAINT "ResultLine_pkey" PRIMARY KEY ("resultId","proposalId")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,
    "proposalId" TEXT NOT NULL,
    "certificateCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "editionId" TEXT NOT NULL,
    "finalistsPublishedAt" TIMESTAMP(3),
    "winnersPublishedAt" TIMESTAMP(3),
    "statisticsPublished" BOOLEAN NOT NULL DEFAULT false,
    "publicProposalFields" TEXT[],

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("editionId")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "nominatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nominatedById" TEXT,
    "sinovikRef" TEXT,
    "notes" TEXT,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationOutcome" (
    "id" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "stage" "NationalStage" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "NominationOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "innovationId" TEXT NOT NULL,
    "awardId" TEXT,
    "monthsAfter" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "reportedAt" TIMESTAMP(3),
    "stillRunning" BOOLEAN,
    "figures" JSONB,
    "notes" TEXT,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT,
    "recipientEmail" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" "NotificationState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "_CategoryToJudgeAppointment" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CategoryToJudgeAppointment_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_regionCode_key" ON "Unit"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_path_key" ON "Unit"("path");

-- CreateIndex
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_parentId_name_key" ON "Unit"("parentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_nip_key" ON "User"("nip");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Membership_unitId_role_idx" ON "Membership"("unitId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_kind_idx" ON "AccountToken"("userId", "kind");

-- CreateIndex
CREATE INDEX "SignInAttempt_key_at_idx" ON "SignInAttempt"("key", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Edition_year_key" ON "Edition"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Group_editionId_kind_key" ON "Group"("editionId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Category_editionId_name_key" ON "Category"("editionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Category_editionId_order_key" ON "Category"("editionId", "order");

-- CreateIndex
CREATE INDEX "FormSection_editionId_order_idx" ON "FormSection"("editionId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "FormSection_editionId_key_key" ON "FormSection"("editionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "AttachmentRequirement_editionId_kind_key" ON "AttachmentRequirement"("editionId", "kind");

-- CreateIndex
CREATE INDEX "Innovation_unitId_idx" ON "Innovation"("unitId");

-- CreateIndex
CREATE INDEX "Proposal_editionId_status_idx" ON "Proposal"("editionId", "status");

-- CreateIndex
CREATE INDEX "Proposal_institutionId_editionId_status_idx" ON "Proposal"("institutionId", "editionId", "status");

-- CreateIndex
CREATE INDEX "Proposal_unitId_editionId_idx" ON "Proposal"("unitId", "editionId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_innovationId_editionId_key" ON "Proposal"("innovationId", "editionId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalInnovator_proposalId_order_key" ON "ProposalInnovator"("proposalId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_proposalId_kind_idx" ON "Attachment"("proposalId", "kind");

-- CreateIndex
CREATE INDEX "ProposalEvent_proposalId_at_idx" ON "ProposalEvent"("proposalId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "AdminCheck_proposalId_attempt_key" ON "AdminCheck"("proposalId", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "Round_editionId_order_key" ON "Round"("editionId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_roundId_order_key" ON "Criterion"("roundId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "JudgeAppointment_roundId_userId_key" ON "JudgeAppointment"("roundId", "userId");

-- CreateIndex
CREATE INDEX "Conflict_editionId_judgeId_idx" ON "Conflict"("editionId", "judgeId");

-- CreateIndex
CREATE INDEX "Assignment_judgeId_roundId_idx" ON "Assignment"("judgeId", "roundId");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_roundId_proposalId_judgeId_key" ON "Assignment"("roundId", "proposalId", "judgeId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_assignmentId_key" ON "ScoreSheet"("assignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PresentationSlot_roundId_room_startsAt_key" ON "PresentationSlot"("roundId", "room", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "PresentationSlot_roundId_proposalId_key" ON "PresentationSlot"("roundId", "proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Result_supersedesId_key" ON "Result"("supersedesId");

-- CreateIndex
CREATE UNIQUE INDEX "Result_editionId_version_key" ON "Result"("editionId", "version");

-- CreateIndex
CREATE INDEX "ResultLine_resultId_rank_idx" ON "ResultLine"("resultId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Award_certificateCode_key" ON "Award"("certificateCode");

-- CreateIndex
CREATE UNIQUE INDEX "Award_editionId_name_proposalId_key" ON "Award"("editionId", "name", "proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_proposalId_key" ON "Nomination"("proposalId");

-- CreateIndex
CREATE INDEX "NominationOutcome_nominationId_at_idx" ON "NominationOutcome"("nominationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_innovationId_awardId_monthsAfter_key" ON "FollowUp"("innovationId", "awardId", "monthsAfter");

-- CreateIndex
CREATE INDEX "Notification_state_nextAttemptAt_idx" ON "Notification"("state", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_hash_key" ON "AuditEntry"("hash");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "_CategoryToJudgeAppointment_B_index" ON "_CategoryToJudgeAppointment"("B");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeProfile" ADD CONSTRAINT "JudgeProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormSection" ADD CONSTRAINT "FormSection_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentRequirement" ADD CONSTRAINT "AttachmentRequirement_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Innovation" ADD CONSTRAINT "Innovation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_replicatedInnovationId_fkey" FOREIGN KEY ("replicatedInnovationId") REFERENCES "Innovation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalInnovator" ADD CONSTRAINT "ProposalInnovator_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "FormSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminCheck" ADD CONSTRAINT "AdminCheck_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminCheck" ADD CONSTRAINT "AdminCheck_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminCheckItem" ADD CONSTRAINT "AdminCheckItem_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "AdminCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundEntry" ADD CONSTRAINT "RoundEntry_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundEntry" ADD CONSTRAINT "RoundEntry_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAppointment" ADD CONSTRAINT "JudgeAppointment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAppointment" ADD CONSTRAINT "JudgeAppointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_roundId_proposalId_fkey" FOREIGN KEY ("roundId", "proposalId") REFERENCES "RoundEntry"("roundId", "proposalId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_roundId_judgeId_fkey" FOREIGN KEY ("roundId", "judgeId") REFERENCES "JudgeAppointment"("roundId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreChange" ADD CONSTRAINT "ScoreChange_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreChange" ADD CONSTRAINT "ScoreChange_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreChange" ADD CONSTRAINT "ScoreChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresentationSlot" ADD CONSTRAINT "PresentationSlot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresentationSlot" ADD CONSTRAINT "PresentationSlot_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultLine" ADD CONSTRAINT "ResultLine_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultLine" ADD CONSTRAINT "ResultLine_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_nominatedById_fkey" FOREIGN KEY ("nominatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationOutcome" ADD CONSTRAINT "NominationOutcome_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_innovationId_fkey" FOREIGN KEY ("innovationId") REFERENCES "Innovation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CategoryToJudgeAppointment" ADD CONSTRAINT "_CategoryToJudgeAppointment_A_fkey" FOREIGN KEY ("A") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CategoryToJudgeAppointment" ADD CONSTRAINT "_CategoryToJudgeAppointment_B_fkey" FOREIGN KEY ("B") REFERENCES "JudgeAppointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─────────────────────────────────────────────────────────────────────────────
-- Written by hand: what Prisma's schema language cannot express. The drift check ignores these.
-- ─────────────────────────────────────────────────────────────────────────────

-- Organisations and people
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_roots_check"
  CHECK (("parentId" IS NULL) = ("kind" IN ('PROVINCE', 'KABUPATEN', 'KOTA', 'BUMD')));
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_region_code_check"
  CHECK ("kind" NOT IN ('KABUPATEN', 'KOTA') OR "regionCode" ~ '^35\.[0-9]{2}$');
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_name_check" CHECK (length(btrim("name")) > 0);
CREATE UNIQUE INDEX "Unit_root_name_key" ON "Unit" ("name") WHERE "parentId" IS NULL;

ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase_check" CHECK ("email" = lower("email") AND "email" LIKE '%_@_%');
ALTER TABLE "User" ADD CONSTRAINT "User_nip_check" CHECK ("nip" IS NULL OR "nip" ~ '^[0-9]{18}$');

ALTER TABLE "Membership" ADD CONSTRAINT "Membership_period_check" CHECK ("validTo" IS NULL OR "validTo" > "validFrom");
CREATE UNIQUE INDEX "Membership_current_key" ON "Membership" ("userId", "unitId", "role") WHERE "validTo" IS NULL;

-- Editions and the form
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_year_check" CHECK ("year" BETWEEN 2016 AND 2100);
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_registration_check"
  CHECK ("registrationClosesAt" IS NULL OR "registrationOpensAt" IS NULL OR "registrationClosesAt" > "registrationOpensAt");
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_numbers_check"
  CHECK ("minImplementationMonths" >= 0 AND "topN" > 0 AND "defaultQuota" >= 0);
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_max_check" CHECK ("maxProposals" >= 0);
ALTER TABLE "FormSection" ADD CONSTRAINT "FormSection_word_limit_check" CHECK ("wordLimit" IS NULL OR "wordLimit" > 0);
ALTER TABLE "AttachmentRequirement" ADD CONSTRAINT "AttachmentRequirement_size_check" CHECK ("maxBytes" > 0 AND "maxFiles" >= 1);

-- Proposals
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_sdgs_check"
  CHECK ("sdgs" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]);
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_version_check" CHECK ("version" >= 1);
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_title_check" CHECK (length(btrim("title")) > 0);
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_word_count_check" CHECK ("wordCount" >= 0 AND "version" >= 1);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_file_check"
  CHECK ("sizeBytes" > 0 AND "sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "AdminCheck" ADD CONSTRAINT "AdminCheck_correction_check"
  CHECK ("outcome" IS DISTINCT FROM 'RETURN_FOR_CORRECTION' OR "correctionDeadline" IS NOT NULL);
ALTER TABLE "AdminCheck" ADD CONSTRAINT "AdminCheck_fail_reason_check"
  CHECK ("outcome" IS DISTINCT FROM 'FAIL' OR length(btrim(coalesce("reason", ''))) > 0);

-- Judging
ALTER TABLE "Round" ADD CONSTRAINT "Round_weight_check" CHECK ("weight" >= 0 AND "weight" <= 1);
ALTER TABLE "Round" ADD CONSTRAINT "Round_numbers_check"
  CHECK ("judgesPerEntry" >= 1 AND ("advanceCount" IS NULL OR "advanceCount" > 0));
ALTER TABLE "Round" ADD CONSTRAINT "Round_window_check"
  CHECK ("closesAt" IS NULL OR "opensAt" IS NULL OR "closesAt" > "opensAt");
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_weight_check" CHECK ("weight" > 0);
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_scale_check" CHECK ("scaleMax" > "scaleMin");
ALTER TABLE "JudgeAppointment" ADD CONSTRAINT "JudgeAppointment_load_check" CHECK ("loadCap" IS NULL OR "loadCap" >= 0);
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_target_check" CHECK ("proposalId" IS NOT NULL OR "unitId" IS NOT NULL);
ALTER TABLE "PresentationSlot" ADD CONSTRAINT "PresentationSlot_minutes_check" CHECK ("minutes" > 0);

-- A score lies within its criterion's scale, belongs to the sheet's round, and a sealed round takes no
-- score write — unless the transaction is an admin's recorded correction (SET LOCAL kovablik.sealed_correction = 'on').
CREATE FUNCTION kovablik_check_score() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  crit RECORD;
  sheet_round TEXT;
  sheet_round_state "RoundState";
  target_sheet TEXT;
BEGIN
  target_sheet := CASE WHEN TG_OP = 'DELETE' THEN OLD."sheetId" ELSE NEW."sheetId" END;
  SELECT r."id", r."state" INTO sheet_round, sheet_round_state
    FROM "ScoreSheet" s JOIN "Assignment" a ON a."id" = s."assignmentId" JOIN "Round" r ON r."id" = a."roundId"
    WHERE s."id" = target_sheet;
  IF sheet_round_state = 'SEALED' AND coalesce(current_setting('kovablik.sealed_correction', true), '') <> 'on' THEN
    RAISE EXCEPTION 'round is sealed: scores cannot change' USING ERRCODE = 'P0001', HINT = 'kovablik:round_sealed';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  SELECT "roundId", "scaleMin", "scaleMax" INTO crit FROM "Criterion" WHERE "id" = NEW."criterionId";
  IF crit."roundId" IS DISTINCT FROM sheet_round THEN
    RAISE EXCEPTION 'criterion does not belong to the round of this score sheet' USING ERRCODE = 'P0001', HINT = 'kovablik:criterion_round';
  END IF;
  IF NEW."value" < crit."scaleMin" OR NEW."value" > crit."scaleMax" THEN
    RAISE EXCEPTION 'score % outside the scale %..%', NEW."value", crit."scaleMin", crit."scaleMax"
      USING ERRCODE = '23514', HINT = 'kovablik:score_scale';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Score_check" BEFORE INSERT OR UPDATE OR DELETE ON "Score"
  FOR EACH ROW EXECUTE FUNCTION kovablik_check_score();

-- The audit log is append-only.
CREATE FUNCTION kovablik_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = 'P0001', HINT = 'kovablik:audit_append_only';
END $$;
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION kovablik_audit_append_only();
