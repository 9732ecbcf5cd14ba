//! Places from a point, as Open311 clients send them (`lat`/`long`): the finest jurisdiction
//! that the reference data can know. GeoNames gives Kazakhstan's settlements of 1,000 people
//! or more with their region, and the cities among them (`data/settlements-kz.csv`); a
//! point is in the region of the settlement nearest to it, and in a city when it lies within
//! a city's reach. Districts have no coordinates in any open source we ship, so a point
//! alone never names one: an address sent with it can (see [`locate`]).

use std::sync::OnceLock;

use geo::{Contains, Distance, Haversine, LineString, Point as GeoPoint, Polygon};

use super::places::{self, Resolved};
use crate::models::{Jurisdiction, PlaceKind};

const SETTLEMENTS_CSV: &str = include_str!("../../data/settlements-kz.csv");
const OUTLINE_JSON: &str = include_str!("../../data/kazakhstan-outline.json");

/// How far from a city's GeoNames point the city still reaches (Almaty and Astana spread
/// about 15 km from their centres; smaller cities less).
const CITY_REACH_M: f64 = 15_000.0;
/// The outline is coarse (112 points) and leaves out 5 of the 263 settlements (Fort-Shevchenko
/// on the Caspian, Dostyq on the Chinese border, …): a point just outside it but this close
/// to a settlement of Kazakhstan is taken to be in Kazakhstan. Bishkek and Tashkent lie 22 and
/// 18 km from Kazakh villages, so the slack stays well below that.
const BORDER_SLACK_M: f64 = 10_000.0;

/// A point in WGS 84 degrees, as Open311 sends it.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Point {
    pub lat: f64,
    pub long: f64,
}

impl Point {
    /// A point, when both numbers are degrees on the globe.
    pub fn new(lat: f64, long: f64) -> Option<Self> {
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long))
            .then_some(Point { lat, long })
    }

    fn geo(self) -> GeoPoint {
        GeoPoint::new(self.long, self.lat)
    }
}

#[derive(Debug, serde::Deserialize)]
struct Settlement {
    lat: f64,
    lon: f64,
    name: String,
    region: String,
    city: String,
}

fn settlements() -> &'static [Settlement] {
    static ROWS: OnceLock<Vec<Settlement>> = OnceLock::new();
    ROWS.get_or_init(|| {
        csv::Reader::from_reader(SETTLEMENTS_CSV.as_bytes())
            .deserialize()
            .collect::<Result<_, _>>()
            .expect("data/settlements-kz.csv is built into the binary and well formed")
    })
}

fn outline() -> &'static Polygon {
    static OUTLINE: OnceLock<Polygon> = OnceLock::new();
    OUTLINE.get_or_init(|| {
        let ring: Vec<(f64, f64)> = serde_json::from_str::<Vec<[f64; 2]>>(OUTLINE_JSON)
            .expect("data/kazakhstan-outline.json is built into the binary and well formed")
            .into_iter()
            .map(|[long, lat]| (long, lat))
            .collect();
        Polygon::new(LineString::from(ring), vec![])
    })
}

/// Where a point lies, as far as the data can tell.
#[derive(Debug, Clone, PartialEq)]
pub enum Spot {
    /// In Kazakhstan: the region's KATO code, the city's when the point is in one, and the
    /// nearest settlement (for messages).
    Inside {
        region: String,
        city: Option<String>,
        near: String,
    },
    Outside,
}

impl Spot {
    /// The finest KATO code the point alone names.
    pub fn kato(&self) -> Option<&str> {
        match self {
            Spot::Inside { region, city, .. } => Some(city.as_deref().unwrap_or(region)),
            Spot::Outside => None,
        }
    }
}

/// The region, and city if any, that `point` lies in.
pub fn spot(point: Point) -> Spot {
    let here = point.geo();
    let Some((nearest, metres)) = settlements()
        .iter()
        .map(|s| (s, Haversine.distance(here, GeoPoint::new(s.lon, s.lat))))
        .min_by(|a, b| a.1.total_cmp(&b.1))
    else {
        return Spot::Outside;
    };
    if !outline().contains(&here) && metres > BORDER_SLACK_M {
        return Spot::Outside;
    }
    Spot::Inside {
        region: nearest.region.clone(),
        city: (!nearest.city.is_empty() && metres <= CITY_REACH_M).then(|| nearest.city.clone()),
        near: nearest.name.clone(),
    }
}

/// Why a request could not be placed.
#[derive(Debug, PartialEq)]
pub enum Unplaced {
    /// Neither an address nor a point.
    Nothing,
    /// The point is not in Kazakhstan.
    Outside,
    /// The address names no place we know (and no point stands in for it).
    UnknownAddress,
    /// The address names places in several regions, and no point tells which: their
    /// KATO codes and English names.
    Ambiguous(Vec<(String, String)>),
    /// Only a region is known (a point in the countryside, or a region named alone), and a
    /// grievance is filed with a district or city: the region's KATO code and English name.
    RegionOnly(String, String),
}

/// The KATO code of a request's place from an address in words, a point, or both. The
/// address narrows the point (a district is finer than the point's region); the point
/// chooses between places of one name in different regions. A typed address that names one
/// place wins over a point, whose region is only as good as the nearest settlement.
pub fn locate(
    places: &[Jurisdiction],
    address: Option<&str>,
    point: Option<Point>,
) -> Result<String, Unplaced> {
    let kato = finest(places, address, point)?;
    match places.iter().find(|p| p.kato == kato) {
        Some(p) if p.kind == PlaceKind::Region => {
            Err(Unplaced::RegionOnly(kato, p.name_en.clone()))
        }
        _ => Ok(kato),
    }
}

/// The finest KATO code the address and the point name together.
fn finest(
    places: &[Jurisdiction],
    address: Option<&str>,
    point: Option<Point>,
) -> Result<String, Unplaced> {
    let spot = point.map(spot);
    if spot == Some(Spot::Outside) {
        return Err(Unplaced::Outside);
    }
    let region = spot.as_ref().and_then(|s| match s {
        Spot::Inside { region, .. } => Some(region.as_str()),
        Spot::Outside => None,
    });
    match address.map(|a| places::resolve(places, a)) {
        Some(Resolved::Place(p)) => Ok(p.kato.clone()),
        Some(Resolved::Ambiguous(found)) => {
            let in_region: Vec<_> = found
                .iter()
                .filter(|p| region.is_some_and(|r| p.parent_kato.as_deref() == Some(r)))
                .collect();
            match in_region.as_slice() {
                [one] => Ok(one.kato.clone()),
                _ => Err(Unplaced::Ambiguous(
                    found
                        .iter()
                        .map(|p| (p.kato.clone(), p.name_en.clone()))
                        .collect(),
                )),
            }
        }
        Some(Resolved::Unknown) | None => match spot.as_ref().and_then(Spot::kato) {
            Some(kato) => Ok(kato.to_owned()),
            None if address.is_some() => Err(Unplaced::UnknownAddress),
            None => Err(Unplaced::Nothing),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, long: f64) -> Spot {
        spot(Point::new(lat, long).expect("a point on the globe"))
    }

    fn kato(lat: f64, long: f64) -> Option<String> {
        at(lat, long).kato().map(str::to_owned)
    }

    #[test]
    fn cities_are_found_by_their_points() {
        // Almaty's Republic Square, Astana's Baiterek, Semey's centre, Shymkent.
        assert_eq!(kato(43.2380, 76.9450).as_deref(), Some("75"));
        assert_eq!(kato(51.1283, 71.4305).as_deref(), Some("71"));
        assert_eq!(kato(50.4111, 80.2275).as_deref(), Some("1010"));
        assert_eq!(kato(42.3417, 69.5901).as_deref(), Some("79"));
    }

    #[test]
    fn the_countryside_is_placed_in_its_region() {
        // Between Taldykorgan and Tekeli (Zhetysu, split from Almaty region in 2022), in the
        // steppe of Ulytau, and near Aral (Kyzylorda region): no city there.
        assert_eq!(kato(44.95, 78.60).as_deref(), Some("33"));
        assert_eq!(kato(47.90, 67.20).as_deref(), Some("62"));
        assert_eq!(kato(46.75, 61.60).as_deref(), Some("43"));
    }

    #[test]
    fn points_abroad_are_outside() {
        // Bishkek, Tashkent, Novosibirsk, Urumqi, the middle of the Caspian Sea's south.
        for (lat, long) in [
            (42.8746, 74.5698),
            (41.2995, 69.2401),
            (55.0084, 82.9357),
            (43.8256, 87.6168),
            (39.5, 51.0),
        ] {
            assert_eq!(at(lat, long), Spot::Outside, "{lat},{long}");
        }
    }

    #[test]
    fn a_town_the_coarse_outline_leaves_out_is_inside() {
        // Fort-Shevchenko on the Caspian coast, Dostyq on the Chinese border.
        assert_eq!(kato(44.51, 50.27).as_deref(), Some("47"));
        assert_eq!(kato(45.26, 82.49).as_deref(), Some("33"));
    }

    #[test]
    fn degrees_off_the_globe_are_no_point() {
        assert!(Point::new(91.0, 10.0).is_none());
        assert!(Point::new(45.0, -181.0).is_none());
        assert!(Point::new(f64::NAN, 10.0).is_none());
    }

    fn places() -> Vec<Jurisdiction> {
        crate::reference::jurisdictions_from_csv().expect("reference data")
    }

    #[test]
    fn an_address_narrows_a_point_and_a_point_settles_an_address() {
        let places = places();
        let near_kokshetau = Point::new(53.28, 69.39);
        // The point alone: Kokshetau city. With a district named: the district.
        assert_eq!(locate(&places, None, near_kokshetau).as_deref(), Ok("1110"));
        assert_eq!(
            locate(&places, Some("Аккольский район"), near_kokshetau).as_deref(),
            Ok("1132")
        );
        // A name two regions share is settled by the point's region.
        let ambiguous = places
            .iter()
            .filter(|p| p.kind == PlaceKind::District)
            .find(|p| matches!(places::resolve(&places, &p.name_ru), Resolved::Ambiguous(_)))
            .expect("a district name that two regions share");
        let Resolved::Ambiguous(found) = places::resolve(&places, &ambiguous.name_ru) else {
            unreachable!()
        };
        assert!(matches!(
            locate(&places, Some(&ambiguous.name_ru), None),
            Err(Unplaced::Ambiguous(_))
        ));
        for candidate in found {
            let region = candidate
                .parent_kato
                .as_deref()
                .expect("a district's region");
            let inside = settlements()
                .iter()
                .find(|s| s.region == region)
                .expect("a settlement in the region");
            let point = Point::new(inside.lat, inside.lon);
            assert_eq!(
                locate(&places, Some(&ambiguous.name_ru), point).as_deref(),
                Ok(candidate.kato.as_str()),
                "{} near {}",
                ambiguous.name_ru,
                inside.name
            );
        }
    }

    #[test]
    fn what_cannot_be_placed_says_why() {
        let places = places();
        assert_eq!(locate(&places, None, None), Err(Unplaced::Nothing));
        assert_eq!(
            locate(&places, None, Point::new(41.2995, 69.2401)),
            Err(Unplaced::Outside)
        );
        assert_eq!(
            locate(&places, Some("Narnia"), None),
            Err(Unplaced::UnknownAddress)
        );
        // An unknown address with a point: the point places it.
        assert_eq!(
            locate(&places, Some("Narnia"), Point::new(43.2380, 76.9450)).as_deref(),
            Ok("75")
        );
        // A region is not where a grievance is filed: the district or city is asked for.
        assert_eq!(
            locate(&places, None, Point::new(47.90, 67.20)),
            Err(Unplaced::RegionOnly("62".into(), "Ulytau Region".into()))
        );
        assert!(matches!(
            locate(&places, Some("Akmola Region"), None),
            Err(Unplaced::RegionOnly(kato, _)) if kato == "11"
        ));
    }
}
