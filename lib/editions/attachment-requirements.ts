import "server-only";
import type { z } from "zod";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { fieldError, found } from "@/lib/errors";
import { MB, type addAttachmentSchema, type removeByIdSchema, type updateAttachmentSchema } from "./schemas";

// Which files a proposal must or may carry in an edition: one rule per kind, with types, size and count.

const duplicateKind = () =>
  fieldError("kind", "Jenis lampiran ini sudah punya ketentuan pada edisi ini. Ubah yang sudah ada.", "CONFLICT");

type RequirementFields = z.infer<typeof addAttachmentSchema>;

const requirementData = (input: Omit<RequirementFields, "editionId">) => ({
  kind: input.kind,
  label: input.label,
  required: input.required,
  allowedContentTypes: input.allowedContentTypes,
  maxBytes: input.maxSizeMb * MB,
  maxFiles: input.maxFiles,
});

export async function addAttachmentRequirement(actor: Actor, input: z.infer<typeof addAttachmentSchema>) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      found(await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } }), "Edisi");
      const after = await tx.attachmentRequirement.create({
        data: { editionId: input.editionId, ...requirementData(input) },
      });
      await audit({ action: "edition.attachment.add", entityType: "AttachmentRequirement", entityId: after.id, after });
      return after;
    },
    { onUniqueViolation: duplicateKind },
  );
}

export async function updateAttachmentRequirement(actor: Actor, input: z.infer<typeof updateAttachmentSchema>) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const before = found(
        await tx.attachmentRequirement.findUnique({ where: { id: input.requirementId } }),
        "Ketentuan lampiran",
      );
      const after = await tx.attachmentRequirement.update({
        where: { id: input.requirementId },
        data: requirementData(input),
      });
      await audit({
        action: "edition.attachment.update",
        entityType: "AttachmentRequirement",
        entityId: after.id,
        before,
        after,
      });
      return after;
    },
    { onUniqueViolation: duplicateKind },
  );
}

/** Uploaded files are kept: they belong to proposals and are typed by kind, not by this rule. */
export async function removeAttachmentRequirement(actor: Actor, input: z.infer<typeof removeByIdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const before = found(await tx.attachmentRequirement.findUnique({ where: { id: input.id } }), "Ketentuan lampiran");
    await tx.attachmentRequirement.delete({ where: { id: input.id } });
    await audit({
      action: "edition.attachment.remove",
      entityType: "AttachmentRequirement",
      entityId: input.id,
      before,
    });
    return { label: before.label };
  });
}
