//! Closed sets of names stored as text, in the database and in forms: lifecycle states,
//! privacy, kinds of appeal, roles, levels, seats. `string_enum!` declares one with its
//! names once; the enum then reads and writes itself as a text column (with the `db`
//! feature), as JSON, and compares with its name. A set with a natural default says so as
//! any enum does: `#[derive(Default)]` on the set and `#[default]` on the variant.

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "db", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
        #[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
        pub enum $name { $($(#[$vm])* $variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),* }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$variant),)* _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, name: &str) -> bool {
                self.as_str() == name
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, name: &&str) -> bool {
                self.as_str() == *name
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&name).ok_or_else(|| {
                    serde::de::Error::unknown_variant(&name, &[$($s),*])
                })
            }
        }

        crate::names::text_column!($name, |n| n.as_str(), |name| {
            $name::parse(&name).ok_or_else(|| format!("{name:?} is no {}", stringify!($name)))
        });
    };
}
pub(crate) use string_enum;

/// Makes `$name` a text column (with the `db` feature): written as `$show` names it, read
/// through `$read`, which refuses text that names no value.
macro_rules! text_column {
    ($name:ty, $show:expr, $read:expr) => {
        #[cfg(feature = "db")]
        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                let show: fn(&$name) -> &str = $show;
                show(self).to_sql(out)
            }
        }

        #[cfg(feature = "db")]
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(value: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let read: fn(String) -> Result<$name, String> = $read;
                Ok(read(String::from_sql(value)?)?)
            }
        }
    };
}
pub(crate) use text_column;

/// Names chosen from a closed list (a mediator's languages, their specialisations), kept in
/// one text column, comma-separated, so a profile stays one row. Only `chosen` makes one
/// from input, so every stored name is on its list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "db",
    derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)
)]
#[cfg_attr(feature = "db", diesel(sql_type = diesel::sql_types::Text))]
pub struct Codes(String);

impl Codes {
    /// The chosen names, if every one is on `list`.
    pub fn chosen(names: &[String], list: &[&str]) -> Option<Codes> {
        names
            .iter()
            .all(|n| list.contains(&n.as_str()))
            .then(|| Codes(names.join(",")))
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.split(',').filter(|c| !c.is_empty())
    }

    pub fn contains(&self, name: &str) -> bool {
        self.iter().any(|c| c == name)
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_owned).collect()
    }
}

text_column!(Codes, |c| c.0.as_str(), |text| Ok(Codes(text)));

#[cfg(test)]
mod tests {
    use super::Codes;

    #[test]
    fn codes_keep_only_names_on_their_list() {
        let list = ["kk", "ru", "en"];
        let chosen = Codes::chosen(&["kk".into(), "en".into()], &list).unwrap();
        assert!(chosen.contains("en") && !chosen.contains("ru"));
        assert_eq!(chosen.to_vec(), ["kk", "en"]);
        assert_eq!(Codes::chosen(&["kk".into(), "fr".into()], &list), None);
        assert!(Codes::default().iter().next().is_none());
    }
}
