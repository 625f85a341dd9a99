import GuanshanModel
import GuanshanText
import Testing
@testable import GuanshanFormats

@Suite struct SpreadsheetHTMLTests {
    static let calc = """
        <html><body><hr><p><center><h1>Overview</h1><A HREF="#table0">表一</A><br></center></p><hr>
        <A NAME="table0"><h1>Sheet 1: <em>表一</em></h1></A>
        <table><tr><td>名称</td><td>数量</td></tr><tr><td>纸</td><td>5</td></tr></table>
        <hr><A NAME="table1"><h1>Sheet 2: <em>空表</em></h1></A><table><tr><td>只有一行</td></tr></table>
        </body></html>
        """

    @Test func eachSheetIsItsNameAndItsTableWithoutTheOverview() throws {
        let document = try SpreadsheetHTML.parse(Self.calc, fileName: "库存.xlsx")
        #expect(document.title == "库存")
        #expect(document.blocks == [
            .heading(level: 1, spans: [Span("表一")]),
            .table(rows: [[[Span("名称")], [Span("数量")]], [[Span("纸")], [Span("5")]]], headerRows: 1),
            .heading(level: 1, spans: [Span("空表")]),
            .table(rows: [[[Span("只有一行")]]], headerRows: 0),
        ])
    }

    @Test func aWorkbookWithoutTablesIsEmpty() {
        #expect(throws: FormatError.empty) { try SpreadsheetHTML.parse("<h1>Overview</h1><p>nothing</p>", fileName: "x") }
        #expect(SpreadsheetHTML.sheetName("Sheet 3: 人员") == "人员")
        #expect(SpreadsheetHTML.sheetName("Overview") == nil)
    }
}
