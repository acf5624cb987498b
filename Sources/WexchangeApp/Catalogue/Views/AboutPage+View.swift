import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

extension AboutPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "About and data sources",
            [
                .h1("About Wexchange"),
                .p(
                    "Wexchange is the national clearing house for school work experience in England: providers list opportunities, schools and students find them, and scarce places are allocated fairly, disadvantaged students first."
                ),
                .h2("Data sources and licences"),
                .p(
                    "Postcode locations, local authorities and school information come from UK public-sector open data, used under the ",
                    .a(.href("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"), "Open Government Licence v3.0"),
                    "."),
                .ul(
                    .li("Contains OS data © Crown copyright and database right 2024."),
                    .li("Contains Royal Mail data © Royal Mail copyright and database right 2024."),
                    .li("Contains National Statistics data © Crown copyright and database right 2024."),
                    .li(
                        "Local-authority codes per postcode also use Code-Point Open 2022: © Crown copyright and database right 2022; © Royal Mail copyright and database right 2022."
                    ),
                    .li(
                        "Occupational routes: Institute for Apprenticeships and Technical Education (now Skills England), under the Open Government Licence v3.0."
                    ),
                    .li(
                        "Schools: Department for Education, Schools, pupils and their characteristics 2022/23 and Get Information about Schools (July 2025), under the Open Government Licence v3.0."
                    )
                ),
                .p("Distances are great-circle distances between postcode locations; they are not travel distances."),
                .h2("For developers"),
                .p("The JSON API is described by its ", .a(.href(SiteRoutes.openAPI.link), "OpenAPI document"), "."),
            ])
    }
}
