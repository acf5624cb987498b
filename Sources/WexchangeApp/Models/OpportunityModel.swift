import FluentKit
import Foundation
import WexchangeCore

/// A listing. The validated details are kept whole as JSON (`details`); the columns beside it
/// are the ones queries filter on.
final class OpportunityModel: Model, @unchecked Sendable {
    static let schema = "opportunities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: ProviderModel
    @OptionalField(key: "external_id") var externalId: String?
    /// `manual`, `csv` or `feed:<provider id>`.
    @Field(key: "source") var source: String
    @Field(key: "status") var status: String
    @Field(key: "title") var title: String
    @Field(key: "type") var type: String
    @Field(key: "mode") var mode: String
    @Field(key: "sector") var sector: String
    @OptionalField(key: "postcode") var postcode: String?
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @Field(key: "capacity") var capacity: Int
    @Field(key: "places_taken") var placesTaken: Int
    @Field(key: "details") var detailsJSON: String
    @Field(key: "revision") var revision: Int64
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, providerID: UUID, source: String, details: OpportunityDetails) throws {
        self.id = id
        self.$provider.id = providerID
        self.source = source
        self.placesTaken = 0
        self.revision = 0
        try update(details)
    }

    func update(_ details: OpportunityDetails) throws {
        externalId = details.externalId
        status = details.status.rawValue
        title = details.title
        type = details.type.rawValue
        mode = details.mode.rawValue
        sector = details.sector.rawValue
        postcode = details.location?.postcode
        latitude = details.location?.coordinate.latitude
        longitude = details.location?.coordinate.longitude
        capacity = details.capacity
        detailsJSON = try String(decoding: Self.encoder.encode(details), as: UTF8.self)
    }

    func details() throws -> OpportunityDetails {
        try Self.decoder.decode(OpportunityDetails.self, from: Data(detailsJSON.utf8))
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static let decoder = JSONDecoder()
}
