import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context";
import { actorOf } from "../../auth/request";
import { Role } from "../../auth/roles";
import { Letter } from "../../letters/letter.entity";
import { needsReview } from "../import.service";
import { toPreview } from "../import.resolver";
import { ImportResult, ResolutionInput } from "../import.types";
import type { DocumentOptions } from "./document-import.service";
import { DocumentFileInput, type DocumentKind, FilePreview, ImportProgress, LetterOriginal } from "./document-import.types";
import { importProgress } from "./import-progress";
import type { PlacedSignature } from "./original-storage";
import { decodeUpload } from "./upload";

const PROGRESS_ID =
  "A name for this import made up by the client (a UUID; 8-64 letters, digits, - or _): poll importProgress(id) with it while the request runs.";

/** Runs a file import with its progress recorded under `progressId` (when given). */
async function tracked<T>(
  ctx: Context,
  progressId: string | null,
  work: (progress: Pick<DocumentOptions, "onProgress" | "onRead">) => Promise<T>,
): Promise<T> {
  const tracker = importProgress.track(progressId, ctx.request.user?.id ?? null);
  try {
    const out = await work({ onProgress: tracker.page, onRead: () => tracker.stage("MATCHING") });
    tracker.stage("DONE");
    return out;
  } catch (e) {
    tracker.stage("FAILED");
    throw e;
  }
}

const crops = (signatures: PlacedSignature[], ocrPages: number[], letterId: string | null) =>
  signatures.map((s) => ({
    position: s.position,
    page: s.page,
    ocr: ocrPages.includes(s.page),
    url: letterId ? `/letters/${letterId}/original/signatures/${s.position}.png` : null,
  }));

@Resolver()
export class DocumentImportResolver {
  @Authorized(Role.EDITOR)
  @Query(() => ImportProgress, {
    nullable: true,
    description:
      "How far a file import sent with this progressId has got (page by page); null when unknown, expired (10 min) or another user's. Poll it while previewFileImport or importFile runs.",
  })
  importProgress(
    @Ctx() ctx: Context,
    @Arg("id", () => String, { description: "The progressId given to previewFileImport or importFile." }) id: string,
  ): ImportProgress | null {
    return importProgress.get(id, ctx.request.user?.id ?? null) as ImportProgress | null;
  }

  @Authorized(Role.EDITOR)
  @Query(() => FilePreview, {
    description: "Reads a file (PDF, scanned PDF, Word .docx or text), then parses and matches it without storing anything.",
  })
  async previewFileImport(
    @Ctx() ctx: Context,
    @Arg("file", () => DocumentFileInput, { description: "The file, base64." }) file: DocumentFileInput,
    @Arg("progressId", () => String, { nullable: true, description: PROGRESS_ID }) progressId: string | null,
  ) {
    const { document, preview, signatures, existingLetterId } = await tracked(ctx, progressId, (progress) =>
      ctx.documents.preview(decodeUpload(file.contentBase64), file.fileName, progress),
    );
    return {
      document: {
        kind: document.kind as DocumentKind,
        pages: document.pages,
        ocrPages: document.ocrPages,
        sha256: document.fileHash,
        warnings: document.warnings,
        signatures: crops(signatures, document.ocrPages, null),
      },
      preview: toPreview(preview, existingLetterId ? await ctx.letters.byId(existingLetterId) : null),
    };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ImportResult, {
    description: "Stores a letter read from a file, with all its signatures and the original file, or nothing.",
  })
  async importFile(
    @Ctx() ctx: Context,
    @Arg("file", () => DocumentFileInput, { description: "The file, base64." }) file: DocumentFileInput,
    @Arg("resolutions", () => [ResolutionInput], {
      nullable: true,
      description: "Names fixed by a person in the preview, stored as CONFIRMED.",
    })
    resolutions: ResolutionInput[] | null,
    @Arg("progressId", () => String, { nullable: true, description: PROGRESS_ID }) progressId: string | null,
  ) {
    const out = await tracked(ctx, progressId, (progress) =>
      ctx.documents.import(decodeUpload(file.contentBase64), file.fileName, {
        actor: actorOf(ctx.request),
        resolutions: resolutions ?? [],
        ...progress,
      }),
    );
    return { letter: (await ctx.letters.byId(out.letterId))!, created: out.created, needsReview: needsReview(out.preview) };
  }
}

@Resolver(() => Letter)
export class LetterOriginalResolver {
  @FieldResolver(() => LetterOriginal, {
    nullable: true,
    description: 'The file the letter was imported from ("Original PDF"); null for letters imported before files were kept.',
  })
  async original(@Root() letter: Letter, @Ctx() ctx: Context): Promise<LetterOriginal | null> {
    const info = await ctx.documents.originals.info(letter.id);
    if (!info) return null;
    return {
      fileName: info.fileName,
      mediaType: info.mediaType,
      byteSize: info.byteSize,
      sha256: info.sha256,
      pages: info.pages,
      url: `/letters/${letter.id}/original`,
      signatureCrops: info.mediaType === "application/pdf" ? crops(info.signatures, info.ocrPages, letter.id) : [],
    };
  }
}
