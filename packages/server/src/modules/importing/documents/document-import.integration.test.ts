import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../../../test/gql";
import { startHttpServer, startTestServer, syncReferenceMembers, type HttpTestServer, type TestServer } from "../../../test/harness";
import { lettersDir } from "../../../test/shared-dir";
import { DocumentImportService } from "./document-import.service";

const PreviewFile = graphql(`
  query PreviewFileImport($file: DocumentFileInput!) {
    previewFileImport(file: $file) {
      document { kind pages ocrPages sha256 signatures { position page ocr url } }
      preview { sentOn chamber needsReview signatures { position printedName status bioguideId } }
    }
  }
`);

const PreviewFileWithProgress = graphql(`
  query PreviewFileWithProgress($file: DocumentFileInput!, $progressId: String) {
    previewFileImport(file: $file, progressId: $progressId) { document { pages } }
  }
`);

const ImportFile = graphql(`
  mutation ImportFile($file: DocumentFileInput!) {
    importFile(file: $file) {
      created
      needsReview
      letter { databaseId signerCount sourceName original { fileName mediaType byteSize sha256 pages url signatureCrops { position page url } } }
    }
  }
`);

const EDITOR = { role: "EDITOR" } as const;
const NAME = "2025-02-13-senate-trump-tcja-permanence";
let server: TestServer;
let pdf: Buffer;
const file = (bytes: Buffer, fileName = `${NAME}.digital.pdf`) => ({ fileName, contentBase64: bytes.toString("base64") });
const counts = async () =>
  (
    await server.db.query<{ letters: number; originals: number }>(
      `SELECT (SELECT count(*) FROM letter)::int AS letters, (SELECT count(*) FROM letter_original)::int AS originals`,
    )
  )[0];

beforeAll(async () => {
  server = await startTestServer();
  await syncReferenceMembers(server.db);
  pdf = await readFile(path.join(lettersDir(), "pdf", `${NAME}.digital.pdf`));
});
afterAll(() => server?.close());
beforeEach(async () => {
  await server.db.query(`DELETE FROM letter`);
});

describe("importing a PDF through GraphQL", () => {
  it("previews a PDF without storing anything", async () => {
    const res = await server.run(PreviewFile, { file: file(pdf) }, EDITOR);
    expect(res.errors).toBeUndefined();
    const { document, preview } = res.data!.previewFileImport;
    expect(document).toMatchObject({ kind: "PDF", pages: 2, ocrPages: [] });
    expect(document.signatures).toHaveLength(9);
    expect(document.signatures.every((s) => s.page === 2 && s.url === null)).toBe(true);
    expect(preview).toMatchObject({ sentOn: "2025-02-13", chamber: "SENATE", needsReview: 0 });
    expect(preview.signatures[0]).toMatchObject({ printedName: "Steve Daines", status: "MATCHED", bioguideId: "D000618" });
    expect(await counts()).toEqual({ letters: 0, originals: 0 });
  });

  it("stores the letter with its original, once, and serves the original", async () => {
    const res = await server.run(ImportFile, { file: file(pdf) }, EDITOR);
    expect(res.errors).toBeUndefined();
    const { letter, created } = res.data!.importFile;
    expect(created).toBe(true);
    expect(letter).toMatchObject({ signerCount: 9, sourceName: `${NAME}.digital.pdf` });
    expect(letter.original).toMatchObject({
      mediaType: "application/pdf",
      byteSize: pdf.length,
      pages: 2,
      url: `/letters/${letter.databaseId}/original`,
    });
    expect(letter.original!.signatureCrops.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const again = await server.run(ImportFile, { file: file(pdf) }, EDITOR);
    expect(again.data!.importFile.created).toBe(false);
    expect(await counts()).toEqual({ letters: 1, originals: 1 });
    const stored = await new DocumentImportService(server.db).originals.bytes(letter.databaseId);
    expect(Buffer.from(stored!).equals(pdf)).toBe(true);
  });

  it("refuses a bad file with BAD_USER_INPUT on `file` and stores nothing", async () => {
    for (const [bytes, name, reason] of [
      [Buffer.from("not a pdf at all"), "x.pdf", "UNSUPPORTED_FILE"],
      [pdf.subarray(0, 2000), "cut.pdf", "CORRUPT"],
    ] as const) {
      const res = await server.run(ImportFile, { file: file(bytes, name) }, EDITOR);
      expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "file", reason });
    }
    const bad = await server.run(ImportFile, { file: { fileName: "x.pdf", contentBase64: "%%%not base64" } }, EDITOR);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "BAD_ENCODING" });
    expect(await counts()).toEqual({ letters: 0, originals: 0 });
  });

  it("refuses a malformed progressId on `progressId` before reading anything", async () => {
    const res = await server.run(PreviewFileWithProgress, { file: file(pdf), progressId: "no spaces allowed" }, EDITOR);
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "progressId", reason: "BAD_PROGRESS_ID" });
    expect(await counts()).toEqual({ letters: 0, originals: 0 });
  });

  it("needs an editor", async () => {
    const res = await server.run(ImportFile, { file: file(pdf) });
    expect(res.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect(await counts()).toEqual({ letters: 0, originals: 0 });
  });
});

describe("the original over HTTP", () => {
  let http: HttpTestServer;
  let letterId: string;
  beforeAll(async () => {
    http = await startHttpServer({}, server.db);
  });
  afterAll(() => http?.close());

  it("serves the PDF sandboxed, and each signature's page crop", async () => {
    letterId = (await new DocumentImportService(server.db).import(new Uint8Array(pdf), `${NAME}.digital.pdf`)).letterId;
    const res = await fetch(`${http.url}/letters/${letterId}/original`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    const crop = await fetch(`${http.url}/letters/${letterId}/original/signatures/1.png`);
    expect(crop.status).toBe(200);
    expect(crop.headers.get("content-type")).toBe("image/png");
    expect((await crop.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await fetch(`${http.url}/letters/${letterId}/original/signatures/99.png`)).status).toBe(404);
    expect((await fetch(`${http.url}/letters/00000000-0000-0000-0000-000000000000/original`)).status).toBe(404);
    expect((await fetch(`${http.url}/letters/nonsense/original`)).status).toBe(404);
  });
});
