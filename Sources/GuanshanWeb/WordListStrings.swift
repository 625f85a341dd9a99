import GuanshanLibrary

/// The words of the sensitive-word lists' page in the admin (`/admin/words`), read as `{{layout.t.admin.words.name}}`.
struct WordListStrings: Sendable {
    var title: String
    var about: String
    var policyNames: [String: String]
    var policyHints: [String: String]
    var wordsLabel: String
    var fileLabel: String
    var save: String
    var export: String
    var count: @Sendable (Int) -> String
    var saved: @Sendable (String, Int) -> String
    var tooLong: @Sendable (Int) -> String
    var notAWord: @Sendable (Int) -> String
    var tooMany: String
    var notText: String
    /// What a reader sees for a search the block list refused.
    var queryBlocked: String

    static let chinese = WordListStrings(
        title: "敏感词",
        about: "每个列表每行一个词。比对时不分全角半角、大小写和繁简体，词中插入的空格、标点和符号也不影响：“敏感”同样找到“敏 感”“敏.感”“敏感”。由英文字母或数字组成的词只按整词比对（“ass”不会在“class”中找到）。",
        policyNames: ["block": "屏蔽", "hold": "待审", "mask": "替换为＊"],
        policyHints: [
            "block": "含有这些词的搜索没有结果并提示原因，含有这些词的用户名不能注册；标题、正文、摘要、订阅和下载中以＊显示。",
            "hold": "留给编辑审核的词：读者分享的文档含有它们时进入审核队列，即使本站先发后审；页面照常显示。",
            "mask": "标题、正文、摘要、订阅和下载中，这些词的每个字以＊显示，其余照常。",
        ],
        wordsLabel: "词语（每行一个）", fileLabel: "或从文本文件导入（每行一个词，UTF-8 或 GB18030，整个列表将被替换）",
        save: "保存列表", export: "导出为文本文件",
        count: { "共 \($0) 个词" },
        saved: { "已保存“\($0)”列表，共 \($1) 个词。" },
        tooLong: { "第 \($0) 行超过 \(SensitiveWords.longestWord) 个字符。" },
        notAWord: { "第 \($0) 行不是词语：只有标点符号，或含有控制字符。" },
        tooMany: "所有列表合计最多 \(SensitiveWords.mostWords / 10_000) 万个词。",
        notText: "这个文件不是文本文件，或大于 4 MB。",
        queryBlocked: "搜索词中含有本站不允许的词语，没有结果。")

    static let english = WordListStrings(
        title: "Sensitive words",
        about: "Each list holds one word a line. Words are compared regardless of full or half width, case, and traditional or simplified characters, and spaces, punctuation and symbols inserted inside a word do not hide it: “敏感” also finds “敏 感”, “敏.感” and “敏感”. A word of Latin letters or digits is matched as a whole word only (“ass” is not found in “class”).",
        policyNames: ["block": "Block", "hold": "Hold for review", "mask": "Mask with ＊"],
        policyHints: [
            "block": "A search holding one of these finds nothing and says why; a name holding one cannot be registered; titles, texts, snippets, feeds and downloads show them as ＊.",
            "hold": "Words for an editor to review: a document a reader shares that holds one waits in the review queue, even when the site publishes first. Pages show them as written.",
            "mask": "Titles, texts, snippets, feeds and downloads show each character of these words as ＊.",
        ],
        wordsLabel: "Words (one a line)", fileLabel: "Or import a text file (one word a line, UTF-8 or GB18030; it replaces the whole list)",
        save: "Save list", export: "Export as a text file",
        count: { $0 == 1 ? "1 word" : "\($0) words" },
        saved: { "The list “\($0)” is saved: \($1) words." },
        tooLong: { "Line \($0) is longer than \(SensitiveWords.longestWord) characters." },
        notAWord: { "Line \($0) is not a word: punctuation only, or a control character." },
        tooMany: "All lists together hold at most \(SensitiveWords.mostWords) words.",
        notText: "This file is not a text file, or is larger than 4 MB.",
        queryBlocked: "The search holds a word this site does not allow; there are no results.")

    func message(for error: WordListError) -> String {
        switch error {
        case .tooLong(let line): tooLong(line)
        case .notAWord(let line): notAWord(line)
        case .tooMany: tooMany
        case .notText: notText
        }
    }
}
