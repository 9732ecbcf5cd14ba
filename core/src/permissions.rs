//! Who may do what, in one place. Roles are scoped: an official to a responsible body, a
//! coordinator to a mediation centre (level + jurisdiction), a mediator to the regions they
//! serve. Pure functions: the server loads a user's grants and asks here for every action.

use crate::names::string_enum;

string_enum!(
    /// Staff roles. Citizens, journalists and the public have none.
    Role {
        Official = "official",
        Coordinator = "coordinator",
        Mediator = "mediator",
        Moderator = "moderator",
        Administrator = "administrator",
    }
);

string_enum!(
    /// Mediation levels, lowest first.
    #[derive(Default)]
    Level {
        // The default: every case starts at the lowest level.
        #[default]
        Local = "local",
        Regional = "regional",
        National = "national",
    }
);

impl Level {
    /// The level a case moves up to when it escalates; `None` at the top.
    pub fn above(self) -> Option<Level> {
        match self {
            Level::Local => Some(Level::Regional),
            Level::Regional => Some(Level::National),
            Level::National => None,
        }
    }

    pub fn rank(self) -> u8 {
        match self {
            Level::Local => 1,
            Level::Regional => 2,
            Level::National => 3,
        }
    }
}

/// One active role of a user with its scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub body: Option<String>,
    pub level: Option<Level>,
    /// KATO code of the jurisdiction; `None` for a national centre (the whole country).
    pub kato: Option<String>,
}

impl Grant {
    pub fn new(role: Role) -> Self {
        Self {
            role,
            body: None,
            level: None,
            kato: None,
        }
    }
    pub fn body(mut self, body: &str) -> Self {
        self.body = Some(body.into());
        self
    }
    pub fn level(mut self, level: Level) -> Self {
        self.level = Some(level);
        self
    }
    pub fn kato(mut self, kato: &str) -> Self {
        self.kato = Some(kato.into());
        self
    }

    /// The scope a role needs, as a missing-field code for the form (`None` when complete).
    pub fn missing_scope(&self) -> Option<&'static str> {
        match self.role {
            Role::Official if self.body.is_none() => Some("body"),
            Role::Coordinator if self.level.is_none() => Some("level"),
            Role::Coordinator if self.level != Some(Level::National) && self.kato.is_none() => {
                Some("kato")
            }
            Role::Mediator if self.kato.is_none() => Some("kato"),
            _ => None,
        }
    }

    /// KATO codes nest by prefix (district 1132 lies in region 11); no code is the country.
    fn covers(&self, kato: &str) -> bool {
        self.kato.as_deref().is_none_or(|k| kato.starts_with(k))
    }
}

/// Where a grievance or case sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    pub body: &'a str,
    pub level: Level,
    pub kato: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    ManageRoles,
    ManageReferenceData,
    ReadAuditLog,
    /// See a body's queue; accept, redirect, extend, answer its grievances.
    HandleGrievance(Place<'a>),
    /// Triage, assign mediators, escalate, publish outcomes: the centre of the case's level.
    Coordinate(Place<'a>),
    /// Dashboards and early warnings: the centre of the case's level or any level above.
    Oversee(Place<'a>),
    /// Run the dialogue room of a case in one's regions.
    Mediate(Place<'a>),
    /// Open and approve public dialogues for a territory (`None`: the whole country):
    /// coordinators of any level whose territory covers it.
    Convene(Option<&'a str>),
    /// Moderate the rooms of cases within one's territory. Mediators moderate only the rooms
    /// of their own mediations, which is a matter of assignment, not of role.
    Moderate(Place<'a>),
}

pub fn allowed(grants: &[Grant], action: Action<'_>) -> bool {
    grants.iter().any(|g| grant_allows(g, action))
}

fn grant_allows(g: &Grant, action: Action<'_>) -> bool {
    use Action::*;
    match (g.role, action) {
        (Role::Administrator, ManageRoles | ManageReferenceData | ReadAuditLog) => true,
        (Role::Official, HandleGrievance(p)) => g.body.as_deref() == Some(p.body),
        (Role::Coordinator, Coordinate(p)) => g.level == Some(p.level) && g.covers(p.kato),
        (Role::Coordinator, Oversee(p)) => {
            g.level.is_some_and(|l| l.rank() >= p.level.rank()) && g.covers(p.kato)
        }
        (Role::Mediator, Mediate(p)) => g.covers(p.kato),
        (Role::Coordinator, Convene(kato)) => match kato {
            Some(kato) => g.covers(kato),
            None => g.kato.is_none(),
        },
        (Role::Moderator, Moderate(p)) => g.covers(p.kato),
        _ => false,
    }
}

/// Everyone with a role is staff and must use a second factor.
pub fn is_staff(grants: &[Grant]) -> bool {
    !grants.is_empty()
}

string_enum!(
    /// The staff pages, by their address: each opens for some roles only.
    Tool {
        Queue = "/queue",
        Moderation = "/moderation",
        Dashboard = "/dashboard",
        Roles = "/admin/roles",
        Bodies = "/admin/bodies",
        MediatorProfile = "/mediator",
        Mediators = "/admin/mediators",
    }
);

/// The staff pages these grants open, so that nobody is shown a page that would refuse them.
pub fn tools(grants: &[Grant]) -> Vec<Tool> {
    let has = |roles: &[Role]| grants.iter().any(|g| roles.contains(&g.role));
    use Role::*;
    Tool::ALL
        .iter()
        .copied()
        .filter(|tool| match tool {
            Tool::Queue => has(&[Official, Coordinator, Mediator]),
            Tool::Moderation => has(&[Moderator, Mediator]),
            Tool::Dashboard => has(&[Coordinator]),
            Tool::Roles | Tool::Bodies | Tool::Mediators => has(&[Administrator]),
            Tool::MediatorProfile => has(&[Mediator]),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_is_shown_the_pages_that_open_for_it() {
        let of = |roles: &[Role]| tools(&roles.iter().map(|r| Grant::new(*r)).collect::<Vec<_>>());
        assert!(of(&[]).is_empty());
        assert_eq!(of(&[Role::Official]), [Tool::Queue]);
        assert_eq!(of(&[Role::Coordinator]), [Tool::Queue, Tool::Dashboard]);
        assert_eq!(of(&[Role::Moderator]), [Tool::Moderation]);
        assert_eq!(
            of(&[Role::Mediator]),
            [Tool::Queue, Tool::Moderation, Tool::MediatorProfile]
        );
        assert_eq!(
            of(&[Role::Administrator]),
            [Tool::Roles, Tool::Bodies, Tool::Mediators]
        );
    }

    fn place<'a>(body: &'a str, level: Level, kato: &'a str) -> Place<'a> {
        Place { body, level, kato }
    }

    /// The matrix: every role (with a scope) against every action, in and out of scope.
    /// Columns: MR MD AL | HG-in HG-out | Co-in Co-other Co-out | Ov-in Ov-other Ov-out | Me-in Me-out | Mo-in Mo-out
    #[test]
    fn permission_matrix() {
        let district = place("akimat-1132-housing", Level::Local, "1132");
        let other_district = place("akimat-1510-roads", Level::Local, "1510");
        let region_case = place("akimat-11-health", Level::Regional, "11");
        let other_region_case = place("akimat-15-health", Level::Regional, "15");
        let national_case = place("ministry", Level::National, "75");

        let staff = [
            (
                "official",
                Grant::new(Role::Official).body("akimat-1132-housing"),
            ),
            (
                "local coordinator",
                Grant::new(Role::Coordinator)
                    .level(Level::Local)
                    .kato("1132"),
            ),
            (
                "regional coordinator",
                Grant::new(Role::Coordinator)
                    .level(Level::Regional)
                    .kato("11"),
            ),
            (
                "national coordinator",
                Grant::new(Role::Coordinator).level(Level::National),
            ),
            ("mediator", Grant::new(Role::Mediator).kato("11")),
            ("moderator", Grant::new(Role::Moderator).kato("11")),
            ("administrator", Grant::new(Role::Administrator)),
        ];
        // For each role: which column allows. The "lower" and "in" places depend on the role's
        // level; see `columns` below.
        let expected: [(&str, &str); 7] = [
            ("official", "... | 10 | 000 | 000 | 00 | 00"),
            ("local coordinator", "... | 00 | 100 | 100 | 00 | 00"),
            ("regional coordinator", "... | 00 | 100 | 110 | 00 | 00"),
            // A national centre oversees the whole country: no case is out of its scope.
            ("national coordinator", "... | 00 | 100 | 111 | 00 | 00"),
            // Mediators moderate only their own mediations' rooms (room::seat), never by role.
            ("mediator", "... | 00 | 000 | 000 | 10 | 00"),
            ("moderator", "... | 00 | 000 | 000 | 00 | 10"),
            ("administrator", "111 | 00 | 000 | 000 | 00 | 00"),
        ];
        let mut checked = 0;
        for ((name, grant), (ename, row)) in staff.iter().zip(expected) {
            assert_eq!(*name, ename);
            // The case "in" scope is at the grant's own level; the "other level" one is one
            // level below it (above it, for a local centre).
            let (inside, lower, outside) = match grant.level {
                Some(Level::Local) => (district, region_case, other_district),
                Some(Level::Regional) => (region_case, district, other_region_case),
                Some(Level::National) => (national_case, region_case, national_case),
                None => (district, district, other_district),
            };
            // A national grant has no outside: its "out" columns take a regional case.
            let national = grant.level == Some(Level::National);
            let coordinated_outside = if national { region_case } else { outside };
            let overseen_outside = if national { other_region_case } else { outside };
            let columns = [
                Action::ManageRoles,
                Action::ManageReferenceData,
                Action::ReadAuditLog,
                Action::HandleGrievance(district),
                Action::HandleGrievance(other_district),
                Action::Coordinate(inside),
                Action::Coordinate(lower),
                Action::Coordinate(coordinated_outside),
                Action::Oversee(inside),
                Action::Oversee(lower),
                Action::Oversee(overseen_outside),
                Action::Mediate(district),
                Action::Mediate(other_district),
                Action::Moderate(district),
                Action::Moderate(other_district),
            ];
            let bits: Vec<bool> = row
                .chars()
                .filter(|c| matches!(c, '0' | '1' | '.'))
                .map(|c| c == '1')
                .collect();
            assert_eq!(bits.len(), columns.len(), "{name}");
            for (i, (action, want)) in columns.iter().zip(bits).enumerate() {
                assert_eq!(
                    allowed(std::slice::from_ref(grant), *action),
                    want,
                    "{name}, column {i}: {action:?}"
                );
                checked += 1;
            }
        }
        assert_eq!(checked, 7 * 15);
        assert!(
            !allowed(&[], Action::Moderate(district)),
            "citizens have no staff rights"
        );
        assert!(!is_staff(&[]));
    }

    #[test]
    fn scopes_are_required() {
        assert_eq!(Grant::new(Role::Official).missing_scope(), Some("body"));
        assert_eq!(Grant::new(Role::Coordinator).missing_scope(), Some("level"));
        assert_eq!(
            Grant::new(Role::Coordinator)
                .level(Level::Regional)
                .missing_scope(),
            Some("kato")
        );
        assert_eq!(
            Grant::new(Role::Coordinator)
                .level(Level::National)
                .missing_scope(),
            None
        );
        assert_eq!(Grant::new(Role::Mediator).missing_scope(), Some("kato"));
        assert_eq!(Grant::new(Role::Administrator).missing_scope(), None);
    }
}
