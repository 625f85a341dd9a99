internal import GuanshanText

/// How search reads a traditional character as its simplified form (`计算机` for `計算機`), by OpenCC's
/// character table: see docs/search.md and `Scripts/generate-script-folding.py`.
public enum ScriptFolding {
    /// The simplified form of `scalar`, or `scalar` when it has none.
    @inline(__always)
    public static func simplified(_ scalar: UInt32) -> UInt32 {
        if scalar < basicPlaneStart { return scalar }
        if scalar < basicPlaneEnd {
            let folded = table.basicPlane[Int(scalar - basicPlaneStart)]
            return folded == 0 ? scalar : folded
        }
        return scalar < 0x20000 ? scalar : table.otherPlanes[scalar] ?? scalar
    }

    /// Every traditional character listed, with its simplified form.
    static var pairs: [(traditional: UInt32, simplified: UInt32)] {
        HexRecords.parse(records).map { ($0[0], $0[1]) }
    }

    /// Where the listed characters of the basic plane lie: CJK Extension A and the Unified Ideographs.
    private static let basicPlaneStart: UInt32 = 0x3400
    private static let basicPlaneEnd: UInt32 = 0xA000

    private static let table: (basicPlane: [UInt32], otherPlanes: [UInt32: UInt32]) = {
        var basicPlane = [UInt32](repeating: 0, count: Int(basicPlaneEnd - basicPlaneStart))
        var otherPlanes: [UInt32: UInt32] = [:]
        for (traditional, simplified) in pairs {
            switch traditional {
            case basicPlaneStart..<basicPlaneEnd: basicPlane[Int(traditional - basicPlaneStart)] = simplified
            case 0x20000...: otherPlanes[traditional] = simplified
            default: preconditionFailure("Scripts/generate-script-folding.py lists U+\(String(traditional, radix: 16))")
            }
        }
        return (basicPlane, otherPlanes)
    }()
}
