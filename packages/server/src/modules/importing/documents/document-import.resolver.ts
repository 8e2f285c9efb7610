import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../../context";
import { actorOf } from "../../auth/request";
import { Role } from "../../auth/roles";
import { Letter } from "../../letters/letter.entity";
import { needsReview } from "../import.service";
import { toPreview } from "../import.resolver";
import { ImportResult, ResolutionInput } from "../import.types";
import { DocumentFileInput, type DocumentKind, FilePreview, LetterOriginal } from "./document-import.types";
import type { PlacedSignature } from "./original-storage";
import { decodeUpload } from "./upload";

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
  @Query(() => FilePreview, { description: "Reads a file (PDF, scanned PDF, Word .docx or text), then parses and matches it without storing anything." })
  async previewFileImport(@Ctx() ctx: Context, @Arg("file", () => DocumentFileInput, { description: "The file, base64." }) file: DocumentFileInput) {
    const { document, preview, signatures, existingLetterId } = await ctx.documents.preview(decodeUpload(file.contentBase64), file.fileName);
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
  @Mutation(() => ImportResult, { description: "Stores a letter read from a file, with all its signatures and the original file, or nothing." })
  async importFile(
    @Ctx() ctx: Context,
    @Arg("file", () => DocumentFileInput, { description: "The file, base64." }) file: DocumentFileInput,
    @Arg("resolutions", () => [ResolutionInput], { nullable: true, description: "Names fixed by a person in the preview, stored as CONFIRMED." })
    resolutions: ResolutionInput[] | null,
  ) {
    const out = await ctx.documents.import(decodeUpload(file.contentBase64), file.fileName, {
      actor: actorOf(ctx.request),
      resolutions: resolutions ?? [],
    });
    return { letter: (await ctx.letters.byId(out.letterId))!, created: out.created, needsReview: needsReview(out.preview) };
  }
}

@Resolver(() => Letter)
export class LetterOriginalResolver {
  @FieldResolver(() => LetterOriginal, { nullable: true, description: "The file the letter was imported from (\"Original PDF\"); null for letters imported before files were kept." })
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
