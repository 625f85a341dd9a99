internal import GuanshanFormats
public import GuanshanModel

/// Categories and tags, as the admin names, renames, merges and deletes them.
extension EditorialService {
    public func allCategories() async throws -> [Category] {
        try await store.allCategories()
    }

    /// A new category; the slug is made from the name when none is given.
    public func createCategory(name: String, slug: String) async throws -> Category {
        let category = try Self.categoryName(name, slug: slug)
        do {
            return try await changes.commit { try await store.createCategory(category) }
        } catch StoreError.nameTaken {
            throw EditorialError.categoryTaken
        }
    }

    public func updateCategory(id: Int64, name: String, slug: String) async throws {
        let category = try Self.categoryName(name, slug: slug)
        do {
            try await changes.commit { try await store.updateCategory(id: id, category) }
        } catch StoreError.nameTaken {
            throw EditorialError.categoryTaken
        }
    }

    public func deleteCategory(id: Int64, by editor: Visitor?) async throws {
        try await changes.commit { try await store.deleteCategory(id: id) }
        await securityLog.record(.categoryDeleted, by: editor, subject: "#\(id)")
    }

    public func tags() async throws -> [TagRow] {
        try await store.tags()
    }

    public func renameTag(_ name: String, to newName: String) async throws {
        let newName = newName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...40).contains(newName.unicodeScalars.count), !newName.contains(where: { ",，、/".contains($0) }) else { throw EditorialError.invalidTag }
        try await changes.commit { try await store.renameTag(name, to: newName) }
    }

    public func deleteTag(_ name: String, by editor: Visitor?) async throws {
        try await changes.commit { try await store.deleteTag(name) }
        await securityLog.record(.tagDeleted, by: editor, subject: name)
    }

    /// Names of 1 to 40 characters; slugs without `/ ? # % \` or spaces, made from the name by default
    /// (letters of any script and digits joined by `-`: a Chinese name keeps its characters).
    static func categoryName(_ name: String, slug: String) throws -> CategoryName {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...40).contains(name.unicodeScalars.count) else { throw EditorialError.invalidCategory }
        let given = slug.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let chosen = given.isEmpty ? CategorySlug.make(name) : given
        guard !chosen.isEmpty, chosen.count <= 60, !chosen.contains(where: { "/?#%\\ ".contains($0) }) else {
            throw EditorialError.invalidCategory
        }
        return CategoryName(name: name, slug: chosen)
    }
}
