import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ImportPreview } from "../import.types";

export enum DocumentKind {
  PDF = "PDF",
  DOCX = "DOCX",
  TEXT = "TEXT",
}
registerEnumType(DocumentKind, {
  name: "DocumentKind",
  description: "What a file was read as: PDF, Word (.docx) or plain text / markdown.",
});

@InputType({
  description: "A file sent inline: its name and its bytes as base64 (at most DOCUMENT_MAX_MB, default 20 MB, before encoding).",
})
export class DocumentFileInput {
  @Field(() => String, { description: "The file's name, e.g. \"letter.pdf\" (kept as the letter's source)." })
  fileName: string;

  @Field(() => String, { description: "The file's bytes, base64-encoded (a data: URL prefix is accepted)." })
  contentBase64: string;
}

@ObjectType({ description: "Where a signature was read in the original PDF, and the crop a reviewer looks at." })
export class SignatureCrop {
  @Field(() => Int, { description: "The signature's position on the letter." })
  position: number;

  @Field(() => Int, { description: "1-based page of the original." })
  page: number;

  @Field(() => Boolean, { description: "True when the page was a scan read by OCR." })
  ocr: boolean;

  @Field(() => String, { nullable: true, description: "URL of the page crop (PNG); null in a preview, where nothing is stored yet." })
  url: string | null;
}

@ObjectType({ description: "What was read from a file before parsing." })
export class DocumentInfo {
  @Field(() => DocumentKind, { description: "PDF, DOCX or TEXT." })
  kind: DocumentKind;

  @Field(() => Int, { description: "Pages in the file (1 for text and Word)." })
  pages: number;

  @Field(() => [Int], { description: "Pages without a text layer, read by OCR." })
  ocrPages: number[];

  @Field(() => String, { description: "sha256 of the file's bytes." })
  sha256: string;

  @Field(() => [String], { description: "Anything odd noticed while reading the file (text left out of signature blocks...)." })
  warnings: string[];

  @Field(() => [SignatureCrop], { description: "Page of each signature, by position." })
  signatures: SignatureCrop[];
}

@ObjectType({ description: "A file's parse and match, without storing anything." })
export class FilePreview {
  @Field(() => DocumentInfo, { description: "How the file was read." })
  document: DocumentInfo;

  @Field(() => ImportPreview, { description: "The letter as it would be stored." })
  preview: ImportPreview;
}

@ObjectType({ description: "The file a letter was imported from, kept with it." })
export class LetterOriginal {
  @Field(() => String, { description: "The file's name as imported." })
  fileName: string;

  @Field(() => String, { description: "Media type, e.g. application/pdf." })
  mediaType: string;

  @Field(() => Int, { description: "Size in bytes." })
  byteSize: number;

  @Field(() => String, { description: "sha256 of the bytes." })
  sha256: string;

  @Field(() => Int, { description: "Pages in the file." })
  pages: number;

  @Field(() => String, { description: "Where to download it (GET)." })
  url: string;

  @Field(() => [SignatureCrop], { description: "Where each signature was read, with its page crop." })
  signatureCrops: SignatureCrop[];
}

export enum ImportStage {
  READING = "READING",
  MATCHING = "MATCHING",
  DONE = "DONE",
  FAILED = "FAILED",
}
registerEnumType(ImportStage, {
  name: "ImportStage",
  description: "Where a file import is: READING the file (page by page), MATCHING the signers (and storing), DONE, or FAILED.",
});

@ObjectType({ description: "How far the server has read a file sent with a progressId (per page; OCR takes seconds a page)." })
export class ImportProgress {
  @Field(() => ImportStage, { description: "READING, MATCHING, DONE or FAILED." })
  stage: ImportStage;

  @Field(() => Int, { description: "The page being read (1-based); 0 before the first page, and for Word and text files." })
  page: number;

  @Field(() => Int, { description: "Pages in the file, once known (0 before)." })
  pages: number;

  @Field(() => Boolean, { description: "True when the page being read is a scan, read by OCR." })
  ocr: boolean;

  @Field(() => Int, { description: "Pages read by OCR so far, the current one included." })
  ocrPages: number;
}
