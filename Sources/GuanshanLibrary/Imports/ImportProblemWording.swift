public import GuanshanModel
internal import GuanshanFormats

extension ImportProblem {
    /// Why a file or record was not imported, in words for the command line, the admin and its dashboard.
    public func message(english: Bool) -> String {
        switch self {
        case .notFound:
            return english ? "no such file or folder" : "文件或文件夹不存在"
        case .unsupportedFormat(let ext):
            return english ? "unsupported file type “.\(ext)” (use .txt, .md, .html, .docx, .pdf, .epub, .jsonl or .wxr, or --format)"
                : "不支持的文件类型“.\(ext)”（可导入 .txt、.md、.html、.docx、.pdf、.epub、.jsonl、.wxr，或用 --format 指定）"
        case .tooLarge(let bytes, let limit):
            return english ? "file too large (\(bytes) bytes, at most \(limit))" : "文件过大（\(bytes) 字节，上限 \(limit) 字节）"
        case .unreadable(let reason):
            return english ? "cannot read the file: \(reason)" : "无法读取文件：\(reason)"
        case .format(let error):
            return error.message(english: english)
        case .idTaken(let id):
            return english ? "id \(id) belongs to another document" : "编号 \(id) 已被另一篇文档占用"
        case .storeFailed(let reason):
            return english ? "could not save: \(reason)" : "保存失败：\(reason)"
        case .outOfSpace:
            return english ? "not saved: the server's disk is full" : "未能保存：服务器磁盘空间不足"
        case .converterMissing(let tool, let package):
            return english ? "reading this file needs \(tool), which is not installed: install the Debian package \(package)"
                : "读取这种文件需要 \(tool)，服务器上没有安装：请安装 Debian 软件包 \(package)"
        case .converterTimedOut(let tool, let seconds):
            return english ? "\(tool) took longer than \(seconds) seconds and was stopped" : "\(tool) 运行超过 \(seconds) 秒，已停止"
        case .converterFailed(let tool, let reason):
            return english ? "\(tool) could not read the file: \(reason)" : "\(tool) 无法读取文件：\(reason)"
        case .originalNotKept(let reason):
            return english ? "not imported: the original file could not be kept (\(reason))" : "未导入：原文件无法保存（\(reason)）"
        }
    }
}

extension FormatError {
    public func message(english: Bool) -> String {
        if english { return description }
        switch self {
        case .undecodable:
            return "文件编码无法识别（支持 UTF-8、带字节顺序标记的 UTF-16、GB18030/GBK），未导入"
        case .binary:
            return "文件含有空字节或控制字符，不是文本文件"
        case .empty:
            return "文档没有正文"
        case .tooLarge(let line, let limit):
            return (line.map { "第 \($0) 行" } ?? "文件") + "超过 \(limit) 字节的上限"
        case .invalidJSON(let line, let reason):
            return "第 \(line) 行不是 JSON 对象：\(reason)"
        case .missingField(let line, let field):
            return "第 \(line) 行缺少 \(field)"
        case .invalidField(let line, let field, let reason):
            return "第 \(line) 行的 \(field) 无效：\(reason)"
        case .doctypeRefused(let line):
            return "第 \(line) 行声明了 DOCTYPE：为防止读取本机文件或实体无限展开，不导入带 DOCTYPE 的 XML 文件"
        case .notWXR:
            return "这个 XML 文件不是 WordPress 导出文件（WXR）：根元素不是带 WordPress 导出命名空间的 rss"
        case .invalidXML(let line, let endsEarly):
            return endsEarly ? "XML 在第 \(line) 行中断，文件不完整" : "第 \(line) 行不是格式正确的 XML"
        case .notDocx:
            return "文件不是有效的 Word 文档（.docx），或已损坏"
        case .tooManyEntries(let limit):
            return "文件的压缩包内超过 \(limit) 个文件，未导入"
        case .archiveTooLarge:
            return "压缩内容过大，可能是压缩炸弹，未导入"
        case .unsafeXML:
            return "文件含有带文档类型声明（DOCTYPE）或不支持的编码的 XML，出于安全考虑未导入"
        case .notPDF:
            return "文件不是可读取的 PDF，或已损坏、不完整"
        case .pdfEncrypted:
            return "PDF 设有密码保护：请另存为无密码的 PDF 后再导入"
        case .tooManyPages(let pages, let limit):
            return "PDF 共 \(pages) 页，超过单篇文档 \(limit) 页的上限"
        case .needsOCR:
            return "PDF 没有文字层，只有页面图片（扫描件）：安装 Debian 软件包 tesseract-ocr 和 tesseract-ocr-chi-sim 后可用 OCR 识别"
        case .notEPUB:
            return "文件不是可读取的 EPUB 电子书，或已损坏"
        case .drmProtected:
            return "电子书有 DRM 保护（章节已加密），只能导入没有 DRM 的电子书"
        }
    }
}
