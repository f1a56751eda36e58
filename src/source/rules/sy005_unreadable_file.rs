//! SY005: the file is not UTF-8 text or too large. Reported when the file is read
//! (`read_source`).

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::span::Span;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That the file is UTF-8 text of at most {limits::MAX_FILE_BYTES}.
    ///
    /// ## Why it matters
    /// The Serverless Devs CLI reads s.yaml as UTF-8 (`readFileSync(filePath, 'utf8')`: https://github.com/Serverless-Devs/toolkit/blob/f8e037cf30cdbe6edf2eabc25a32d61363366381/packages/utils/src/get-yaml-content.ts#L36); a file in another encoding (for example GBK saved by an old editor) turns Chinese comments and values into garbage.
    ///
    /// ## Example
    /// An s.yaml saved as GBK.
    /// ## Fix
    /// Save the file as UTF-8.
    SY005,
    summary: "The file is not UTF-8 text or is too large to be an s.yaml",
    summary_zh: "文件不是 UTF-8 文本或大得不像 s.yaml",
    doc_zh: include_str!("sy005_unreadable_file.zh.md"),
}

/// The file has `len` bytes, more than the `max` fclint reads.
pub fn too_large(span: Span, len: u64, max: u64) -> Diagnostic {
    Diagnostic::new(
        Code::SY005,
        span,
        "",
        Text::new(
            format!("the file is {len} bytes; fclint reads s.yaml files up to {max} bytes"),
            format!("文件大小为 {len} 字节；fclint 只读取不超过 {max} 字节的 s.yaml"),
        ),
    )
}

/// The file holds more than `max` bytes, though its metadata said less (a `/proc` file, a
/// file still growing): only `max + 1` bytes were read.
pub fn larger_than(span: Span, max: u64) -> Diagnostic {
    Diagnostic::new(
        Code::SY005,
        span,
        "",
        Text::new(
            format!("the file is larger than {max} bytes, the most fclint reads"),
            format!("文件大于 {max} 字节，超出 fclint 读取的上限"),
        ),
    )
}

/// The text stops being UTF-8 at `span`.
pub fn not_utf8(span: Span) -> Diagnostic {
    Diagnostic::new(
        Code::SY005,
        span,
        "",
        Text::new(
            "the file is not valid UTF-8 text",
            "文件不是合法的 UTF-8 文本",
        ),
    )
    .with_help(Text::new(
        "save the file as UTF-8",
        "请以 UTF-8 编码保存文件",
    ))
}
