import Testing
@testable import GuanshanQR

@Suite struct TablesTests {
    typealias Group = QRTables.BlockGroup

    /// Total codewords of a few versions (Table 1).
    @Test func totalCodewords() {
        let expected = [1: 26, 2: 44, 6: 172, 7: 196, 10: 346, 14: 581, 27: 1828, 40: 3706]
        for (version, total) in expected {
            #expect(QRTables.totalCodewords(version: version) == total, "version \(version)")
        }
        // Remainder bits (Table 1): 0 for version 1, 7 for 2-6, 3 for 14-20, 4 for 21-27.
        #expect(QRTables.dataModules(version: 1) % 8 == 0)
        #expect(QRTables.dataModules(version: 2) % 8 == 7)
        #expect(QRTables.dataModules(version: 14) % 8 == 3)
        #expect(QRTables.dataModules(version: 27) % 8 == 4)
    }

    /// The data modules counted in the matrix drawn agree with the count worked out from the patterns.
    @Test(arguments: QRTables.versions)
    func dataModulesAreTheModulesLeftInTheMatrix(version: Int) {
        let matrix = ModuleMatrix(version: version)
        #expect(matrix.isFunction.filter { !$0 }.count == QRTables.dataModules(version: version))
    }

    /// Rows of Table 9: (blocks × (codewords, data codewords)) for each group.
    @Test func blockGroupsOfTable9() {
        #expect(QRTables.blockGroups(version: 1, level: .high) == [Group(count: 1, total: 26, data: 9)])
        #expect(QRTables.blockGroups(version: 5, level: .quartile) == [Group(count: 2, total: 33, data: 15), Group(count: 2, total: 34, data: 16)])
        #expect(QRTables.blockGroups(version: 7, level: .medium) == [Group(count: 4, total: 49, data: 31)])
        #expect(QRTables.blockGroups(version: 10, level: .low) == [Group(count: 2, total: 86, data: 68), Group(count: 2, total: 87, data: 69)])
        #expect(QRTables.blockGroups(version: 40, level: .low) == [Group(count: 19, total: 148, data: 118), Group(count: 6, total: 149, data: 119)])
        #expect(QRTables.blockGroups(version: 40, level: .high) == [Group(count: 20, total: 45, data: 15), Group(count: 61, total: 46, data: 16)])
    }

    /// Every table row adds up: the blocks hold all codewords, the second group one data codeword more.
    @Test func blockGroupsAddUp() {
        for version in QRTables.versions {
            for level in QRCode.Level.allCases {
                let groups = QRTables.blockGroups(version: version, level: level)
                #expect(groups.reduce(0) { $0 + $1.count * $1.total } == QRTables.totalCodewords(version: version))
                #expect(groups.reduce(0) { $0 + $1.count * $1.data } == QRTables.dataCodewords(version: version, level: level))
                if groups.count == 2 { #expect(groups[1].data == groups[0].data + 1) }
            }
        }
    }

    /// Byte mode capacities of Table 7, in the order L, M, Q, H.
    @Test func byteCapacitiesOfTable7() {
        let expected: [Int: [Int]] = [
            1: [17, 14, 11, 7], 2: [32, 26, 20, 14], 6: [134, 106, 74, 58], 7: [154, 122, 86, 64],
            10: [271, 213, 151, 119], 40: [2953, 2331, 1663, 1273],
        ]
        for (version, capacities) in expected {
            #expect(QRCode.Level.allCases.map { QRCode.byteCapacity(version: version, level: $0) } == capacities, "version \(version)")
        }
    }

    /// Table E.1: from 6 to size - 7, all even, evenly spaced but for the first gap.
    @Test func alignmentCenters() {
        #expect(QRTables.alignmentCenters(version: 1).isEmpty)
        #expect(QRTables.alignmentCenters(version: 7) == [6, 22, 38])
        #expect(QRTables.alignmentCenters(version: 32) == [6, 34, 60, 86, 112, 138])
        for version in 2...40 {
            let centers = QRTables.alignmentCenters(version: version)
            #expect(centers.count == version / 7 + 2)
            #expect(centers.first == 6 && centers.last == QRTables.size(version: version) - 7)
            let gaps = zip(centers.dropFirst(), centers).map { $0 - $1 }
            #expect(Set(gaps.dropFirst()).count <= 1, "version \(version)")
            #expect(centers.allSatisfy { $0 % 2 == 0 })
        }
    }
}
