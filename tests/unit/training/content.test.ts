// The course content shipped in content/ is valid and complete enough to teach and to examine.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../../app/modules/training/content-files.server";

const courses = readContent(path.resolve(import.meta.dirname, "../../../content"));

describe("content/", () => {
  it("has the mandatory initial course with at least 8 modules and a refresher course", () => {
    const base = courses.find((c) => c.mandatory);
    expect(base?.modules.length).toBeGreaterThanOrEqual(8);
    const refresher = courses.find((c) => !c.mandatory && c.audience === "guardian");
    expect(refresher?.modules.length).toBeGreaterThanOrEqual(3);
  });

  it("gives every module a quiz of at least 5 explained questions and a list of sources", () => {
    for (const course of courses) {
      for (const module of course.modules) {
        expect(module.quiz?.questions.length, module.file).toBeGreaterThanOrEqual(5);
        for (const q of module.quiz!.questions) expect(q.explanation.length, `${module.file} ${q.id}`).toBeGreaterThan(20);
        expect(module.body, module.file).toMatch(/^## Fonti/m);
      }
    }
  });
});
