"""English cue words for each ACLED sub-event type, as an analyst would list them."""

from __future__ import annotations

from sitrep.analyze.events.cues import Cue, cue, cues

# Shared word classes, kept as regex alternations so each cue stays one readable line.
_WEAPONS = (r"(?:weapons?|arms|ammunition|ammo|explosives?|ieds?|grenades?|rifles?|pistols?|"
            r"guns?|firearms|bombs?|(?:land)?mines|cache|rounds|cartridges|detonators?|"
            r"gelatine?|rockets?|mortars?|shells)")
_PLACE = (r"(?:towns?|city|cities|villages?|districts?|areas?|regions?|territory|"
          r"territories|provinces?|bases?|airports?|ports?|border crossings?|settlements?|"
          r"outposts?|neighbou?rhoods?|strongholds?|county|counties|localit(?:y|ies)|oblast|"
          r"capital|headquarters|garrisons?|military posts?)")
_GAP = r"(?:\W+\w+){0,5}?\W+"  # up to five words between a verb and its object
_BASES = (r"(?:bases?|camps?|headquarters|hq|outposts?|offices?|checkpoints?|posts?|"
          r"stations?|garrisons?|strongholds?|hideouts?|training (?:camps?|centres?|centers?)|"
          r"command (?:centres?|centers?|posts?)|presence)")

# Sub-event type -> cues. Within-family precedence is decided in rules.py, not here.
EN_CUES: dict[str, tuple[Cue, ...]] = {
    "Chemical weapon": (
        cue(r"\bchemical\s+(?:weapons?|attacks?|agents?|arms|munitions?|strikes?)\b", 3),
        *cues(r"\bchlorine\b", r"\bsarin\b", r"\bmustard gas\b", r"\bnerve agents?\b",
              r"\bgas attacks?\b", weight=3),
        *cues(r"\btoxic gas\b", r"\bpoison(?:ous)? gas\b", weight=1.5),
        cue(r"\bwhite phosphorus\b", 2),
        cue(r"\b(?:tear ?gas|chemical)\s+(?:grenades?|munitions)\s+dropped\b", 2),
    ),
    "Air/drone strike": (
        *cues(r"\bair[\s-]?strikes?\b", r"\bair[\s-]?raids?\b", r"\bdrone[\s-]strikes?\b",
              r"\bwarplanes?\b", r"\bfighter jets?\b", r"\bhelicopter gunships?\b",
              r"\bbarrel bombs?\b", r"\bglide bombs?\b", r"\bguided (?:aerial )?bombs?\b",
              r"\bkamikaze drones?\b", r"\bshahed\w*", r"\baerial (?:bombardment|attacks?|"
              r"strikes?|bombing)\b", r"\bair attacks?\b", weight=3),
        *cues(r"\bdrone attacks?\b", r"\b(?:attack|armed|combat|suicide) drones?\b",
              r"\buavs?\b", r"\bunmanned aerial\b", r"\bbombers?\b", r"\bjets?\b",
              r"\bair force\b", r"\bcoalition (?:aircraft|planes)\b", r"\baircraft\b",
              r"\bdropped bombs\b", r"\bbombed from the air\b", r"\bloitering munitions?\b",
              weight=2),
        *cues(r"\bdrones?\b", r"\bhelicopters?\b", r"\bbombing raids?\b", r"\bplanes?\b",
              r"\bstruck from the air\b", weight=1),
    ),
    "Suicide bomb": (
        *cues(r"\bsuicide (?:bomb(?:er|ers|ing|ings)?|attacks?|attackers?|blasts?|"
              r"car bombs?|vests?|belts?|truck bombs?|explosions?)\b",
              r"\bblew (?:himself|herself|themselves) up\b",
              r"\bdetonated (?:his|her|their) (?:explosive )?(?:vest|belt)\b",
              r"\bexplosives?[\s-](?:laden|packed) (?:vest|belt)\b", weight=4),
        cue(r"\bself[\s-]detonat\w*", 3),
    ),
    "Shelling/artillery/missile attack": (
        *cues(r"\bshell(?:ed|ing|s)\b", r"\bartillery\b", r"\bmortars?\b",
              r"\bmissile (?:strikes?|attacks?)\b", r"\brocket (?:attacks?|fire)\b",
              r"\bhowitzers?\b", r"\bmultiple (?:launch )?rocket\b", r"\bmlrs\b",
              r"\bgrad rockets?\b", r"\bballistic missiles?\b", r"\bcruise missiles?\b",
              r"\bprojectiles?\b", weight=3),
        *cues(r"\bmissiles?\b", r"\brockets?\b", r"\bbombard(?:ed|ment|ing)\b",
              r"\bfired (?:\w+ )?(?:rockets|missiles|shells|mortars)\b", r"\bbarrage\b",
              weight=2),
        # A strike on a fixed target with no weapon named: long-range fire, as ACLED codes it.
        cue(r"\b(?:hit|struck|strikes? on|targeted)\b(?:\W+\w+){0,3}\W+(?:airfields?|"
            r"air ?bases?|depots?|refiner(?:y|ies)|bridges?|warehouses?|substations?|"
            r"power (?:plants?|stations?)|energy infrastructure)\b", 1.5),
        *cues(r"\bstrikes? (?:on|against|at|hit)\b", r"\bstruck\b", weight=0.5),
    ),
    "Remote explosive/landmine/IED": (
        *cues(r"\bieds?\b", r"\bimprovised explosive\b", r"\broadside bombs?\b",
              r"\bland[\s-]?mines?\b", r"\bcar bombs?\b", r"\bvbieds?\b",
              r"\bexplosive devices?\b", r"\b(?:sticky|magnetic|parcel|motorcycle|bicycle|"
              r"remote[\s-]controlled|pressure cooker|time|roadside) bombs?\b",
              r"\b(?:stepped on|hit|struck|ran over) an? (?:land)?mine\b",
              r"\bmine (?:blast|explosion)\b", weight=3),
        *cues(r"\bbomb (?:blasts?|explosions?|exploded|went off|attacks?)\b",
              r"\bbomb(?:ing|ings)\b", r"\bplanted (?:a|an|the)? ?(?:bomb|explosive)\w*",
              r"\b(?:bomb|explosive) (?:was|were) (?:planted|hidden|placed)\b", weight=2),
        *cues(r"\bexplosions?\b", r"\bblasts?\b", r"\bexploded\b", r"\bdetonat\w*",
              r"\bbombs?\b", weight=0.75),
    ),
    "Grenade": (
        cue(r"(?<!propelled )(?<!propelled-)\bgrenades?\b(?! launchers?)", 3),
        cue(r"\b(?:hurled|lobbed|threw|tossed) (?:a|an)? ?(?:hand )?grenade\b", 2),
    ),
    "Sexual violence": (
        *cues(r"\b(?:gang[\s-]?)?rap(?:ed|es|ing|e)\b", r"\bsexual(?:ly)? (?:assault\w*|"
              r"abus\w*|violence|harass\w*|exploit\w*|slavery)\b", r"\bmolest\w*",
              r"\bsexually assaulted\b", weight=4),
    ),
    "Attack": (
        *cues(r"\bshot dead\b", r"\bgunned down\b", r"\bhacked to death\b",
              r"\bstabbed(?: to death)?\b", r"\bbeheaded\b", r"\bmassacre[ds]?\b",
              r"\bslaughtered\b", r"\bmurder(?:ed|s)?\b", r"\bexecuted\b",
              r"\bshot and killed\b", r"\btortured\b", weight=2),
        *cues(r"\bgunmen\b", r"\bassailants\b", r"\battackers\b",
              r"\bunidentified (?:men|persons|people)\b", r"\bopened fire on\b",
              r"\battack(?:ed|s)? (?:on )?(?:a |the )?(?:village|civilians?|residents|"
              r"house|home|family|market|worshippers|passengers|bus|church|mosque|school|"
              r"hospital)\b", r"\bbeat(?:en)? up\b", r"\bassault(?:ed)?\b", weight=1),
        *cues(r"\battack(?:ed|s)?\b", r"\bkill(?:ed|ing|s)\b", r"\bshot\b", weight=0.5),
    ),
    "Abduction/forced disappearance": (
        *cues(r"\babduct\w*", r"\bkidnap\w*", r"\btaken hostage\b", r"\bheld hostage\b",
              r"\bforc(?:ed|ibly) disappear\w*", r"\benforced disappearances?\b",
              weight=4),
        *cues(r"\bhostages?\b", r"\bwhereabouts (?:are |remain )?unknown\b",
              r"\bwent missing\b", r"\bsnatched\b", r"\btaken away by\b", weight=2),
    ),
    "Peaceful protest": (
        *cues(r"\bprotest(?:ed|ers|ors|ing|s)?\b", r"\bdemonstrat(?:ion|ions|ors|ed|ing|e)\b",
              r"\brall(?:y|ies|ied)\b", r"\bsit[\s-]in\b", r"\bpicket\w*",
              r"\bhunger strike\b", r"\b(?:went|go|going|are|were) on (?:a )?strike\b",
              r"\b(?:general|indefinite|nationwide|token) strike\b", r"\bbandh\b",
              r"\bhartal\b", r"\bdharna\b", r"\bgherao\w*", r"\btook to the streets\b",
              r"\bmarchers\b", r"\bprotest march\b", weight=3),
        *cues(r"\b(?:shout|chant|rais)(?:ed|ing) slogans\b", r"\bplacards\b",
              r"\bagitat(?:ion|ors|ing|ed)\b", r"\bmarched\b", r"\bstaged\b",
              r"\bblock(?:ed|aded) (?:the )?(?:road|highway|street)s?\b", r"\bvigil\b",
              r"\bstrik(?:e|ing) (?:workers|teachers|doctors|drivers|nurses|employees)\b",
              weight=2),
        cue(r"\bgathered\b", 0.5),
    ),
    # The three protest outcomes below are modifiers: rules.py only lets them win when
    # there is a protest at all (a protest cue fired).
    "Protest with intervention": (
        *cues(r"\bdispers(?:ed|e|ing)\b", r"\btear[\s-]?gas\w*", r"\bwater cannons?\b",
              r"\blathi\w*", r"\bbaton[\s-]?charg\w*", r"\bbatons\b", r"\brubber bullets\b",
              r"\bbroke up\b", r"\bcordon\w*", r"\bcrack(?:ed)? down\b", r"\bcrackdown\b",
              r"\bstun grenades?\b", r"\bpepper spray\b", weight=2),
        *cues(r"\b(?:detain|arrest)\w* (?:\w+ )?(?:protesters|demonstrators|activists|"
              r"participants|students)\b", r"\b(?:protesters|demonstrators|activists)"
              r"(?:\W+\w+){0,3}\W+(?:were )?(?:detained|arrested)\b", weight=3),
    ),
    "Excessive force against protesters": (
        *cues(r"\b(?:opened )?fire[ds]? (?:on|at|into) (?:the )?(?:\w+ )?(?:protesters|"
              r"demonstrators|crowds?|marchers|students|mourners)\b", r"\blive (?:ammunition|"
              r"rounds|bullets|fire)\b", r"\b(?:protesters|demonstrators|marchers)"
              r"(?:\W+\w+){0,3}\W+(?:were )?(?:killed|shot|dead)\b", r"\bkill\w* (?:\w+ )?"
              r"(?:protesters|demonstrators)\b", weight=4),
        *cues(r"\bbrutal\w*", r"\bbeat(?:en|ing)? (?:up )?(?:the )?(?:protesters|"
              r"demonstrators|students)\b", r"\bpolice (?:shot|fired|killed|beat)\b"
              r"(?! (?:tear|rubber|water|pellets|stun|in the air|warning|blanks))",
              r"\b(?:protesters|demonstrators|marchers)(?:\W+\w+){0,4}\W+(?:were |was )?"
              r"(?:injured|wounded|hurt|beaten)\b",
              r"\b(?:police|security forces|troops|soldiers|officers|authorities|guards)"
              r"(?:\W+\w+){0,4}?\W+(?:fired|shot|killed|opened fire|beat|assaulted|attacked|"
              r"injured|wounded|thrashed|manhandled)\b"
              r"(?! (?:tear|rubber|water|pellets|stun|in the air|warning))",
              weight=3),
    ),
    "Violent demonstration": (
        *cues(r"\bstone[\s-]?pelt\w*", r"\bpelted\b", r"\b(?:threw|hurled|throwing|hurling) "
              r"(?:stones|rocks|bricks|petrol bombs|molotov\w*|objects)\b",
              r"(?<!anti-)(?<!anti )\briot(?:s|ers?|ing|ed)?\b"
              r"(?! (?:police|gear|control|squad|shields?|units?|forces))",
              r"\bmolotov\w*", r"\bpetrol bombs?\b", r"\bturned violent\b",
              r"\bviolent (?:protests?|demonstrations?)\b", weight=3),
    ),
    "Mob violence": (
        *cues(r"\bmob\b", r"\bmobs\b", r"\blynch\w*", r"\bvigilantes?\b", weight=3),
        *cues(r"\bangry (?:crowd|villagers|residents|locals|mob)\b",
              r"\bbeaten to death\b", r"\bthrashed\b", r"\bcrowd (?:attacked|beat)\b",
              weight=2),
    ),
    "Agreement": (
        *cues(r"\bceasefire\b", r"\bcease[\s-]fire\b", r"\btruce\b", r"\bpeace (?:deal|"
              r"agreement|accord|pact|treaty)\b", r"\bprisoner (?:swap|exchange)s?\b",
              r"\b(?:signed|reached|struck|sealed) (?:an? |the )?(?:\w+ )?(?:agreement|deal|"
              r"accord|pact|memorandum|mou|treaty)\b", r"\bexchange of prisoners\b",
              weight=3),
        cue(r"\bagreed (?:to|on|upon)\b", 3),
        *cues(r"\bagreements?\b", r"\baccord\b",
              r"\bnegotiated (?:the )?release\b", r"\bswap\b", r"\bsigned\b",
              r"\breconcil\w*", r"\bpact\b", r"\brelease[ds]? (?:\w+ )?(?:\w+ )?(?:prisoners|"
              r"detainees|hostages|captives|pows)\b", r"\bpeace (?:talks|process)\b",
              weight=2),
        *cues(r"\bdeal\b", r"\bsettlement\b", r"\bagreed\b", r"\baccepted\b",
              r"\bmemorandum\b", weight=1.5),
    ),
    "Arrests": (
        *cues(r"\barrest(?:ed|s|ing)?\b", r"\bdetain(?:ed|s|ing)?\b", r"\bapprehend\w*",
              r"\btaken into custody\b", r"\bnabbed\b", r"\brounded up\b",
              r"\bremanded\b", weight=3),
        *cues(r"\bcustody\b", r"\bheld for questioning\b", r"\bcaught\b", r"\bdetention\b",
              weight=1.5),
    ),
    "Change to group/activity": (
        *cues(r"\bcurfews?\b", r"\bpledged allegiance\b", r"\bdefect(?:ed|ion|ors?)\b",
              r"\bsurrender(?:ed|s)?\b", r"\bmerge[ds]?\b", r"\bsplinter\b",
              r"\brecruit\w*", r"\bmobili[sz]\w*", r"\bdeploy\w*", r"\breinforcements?\b",
              r"\bstate of emergency\b", r"\bmartial law\b", weight=2),
        *cues(r"\b(?:new|appointed|named) (?:\w+ )?(?:leader|chief|commander|head)\b",
              r"\bbanned\b", r"\bdisband\w*", r"\btraining camps?\b", r"\bdrills?\b",
              r"\bmilitary exercises?\b", r"\bformed (?:a |an )?(?:new )?(?:group|"
              r"militia|alliance|front|unit)\b", r"\bannounced\b", r"\blaunch(?:ed)? "
              r"(?:an? )?(?:operation|campaign)\b", r"\bsent (?:\w+ )?troops\b",
              r"\bwithdr[ae]w\w* (?:from|its|their)\b", r"\brelocat\w*",
              r"\bpatrol\w*", r"\b(?:tightened|beefed up|stepped up|heightened) (?:\w+ )?"
              r"security\b", r"\bhigh alert\b", weight=1),
    ),
    "Disrupted weapons use": (
        *cues(r"\bdefus(?:ed|ing|e)\b", r"\bdiffus(?:ed|ing|e)\b", r"\bbomb (?:disposal|"
              r"squads?)\b", r"\bfoil(?:ed|s)\b", r"\bthwart(?:ed|s)\b",
              r"\bintercept(?:ed|s|ion|ions)?\b", r"\bshot down\b", r"\bdowned\b",
              r"\barms (?:cache|dump|haul|depot)\b", r"\bweapons? (?:cache|haul)\b",
              r"\bunexploded\b", r"\bdemin\w*", r"\bde-?min(?:ing|ed)\b",
              r"\bneutrali[sz]ed (?:an? |the )?(?:bomb|ied|explosive|device|drone|mine)s?\b",
              r"\bair defen[cs]es?\b", weight=3),
        cue(r"\b(?:recover|seiz|confiscat|found|unearth|discover|haul|recovered|"
            r"seized)\w*" + _GAP + _WEAPONS + r"\b", 3),
        cue(r"\b" + _WEAPONS + r"(?:\W+\w+){0,3}\W+(?:were |was )?(?:recovered|seized|"
            r"confiscated|found|unearthed|discovered)\b", 3),
        cue(r"\b(?:averted|prevented|disrupted|destroyed) (?:an? |the )?(?:\w+ )?"
            r"(?:attack|plot|bomb)\b", 2),
        cue(r"\bhideouts?\b", 1),
        cue(r"\b(?:recovered|seized|confiscated|busted|unearthed)\b", 1),
    ),
    "Headquarters or base established": (
        cue(r"\b(?:set(?:ting)? up|establish\w*|open(?:ed|s|ing)?|buil[dt]\w*|construct\w*|"
            r"erect\w*|install\w*|station\w*|relocat\w*|mov(?:ed|ing) (?:its|their)|"
            r"creat\w*|locat\w*)" + _GAP + _BASES + r"\b", 3),
        cue(r"\b" + _BASES + r"(?:\W+\w+){0,4}?\W+(?:was |were |has been |have been |had been |"
            r"is being )?(?:set up|established|opened|built|constructed|erected|located)\b", 3),
        cue(r"\bnew (?:\w+ )?" + _BASES + r"\b", 2),
        *cues(r"\bheadquarter(?:s|ed)\b", r"\bbases?\b", r"\bcamps?\b", r"\boutposts?\b",
              weight=1),
    ),
    "Looting/property destruction": (
        *cues(r"\bloot\w*", r"\bplunder\w*", r"\bpillag\w*", r"\barson\w*",
              r"\bransack\w*", r"\bvandali[sz]\w*", r"\brazed\b", weight=3),
        *cues(r"\btorch(?:ed|ing)\b", r"\bset (?:\w+ )?(?:on fire|ablaze|fire to)\b",
              r"\bburn(?:ed|t|ing) (?:down )?(?:\w+ )?(?:houses|homes|shops|vehicles|"
              r"property|buildings|schools?|church(?:es)?|mosques?|temples?|offices?|"
              r"crops|huts)\b", r"\bdemolish\w*", r"\bdestroy\w* (?:\w+ )?(?:houses|homes|"
              r"property|crops|shops|buildings|offices?|towers?)\b", weight=2),
        cue(r"\bdamag(?:ed|ing)\b", 0.5),
    ),
    "Non-violent transfer of territory": (
        *cues(r"\bwithout (?:a fight|resistance|firing a shot|bloodshed)\b",
              r"\bhand(?:ed)?[\s-]?over (?:control|the (?:town|city|area|base))\b",
              r"\bhandover\b", r"\bpeacefully (?:took|handed|transferred)\b", weight=4),
        cue(r"\bunopposed\b", 4),
        *cues(r"\babandon(?:ed|s|ing)\b", r"\bretreat(?:ed|s|ing)?\b", r"\bmoved into\b",
              weight=1.5),
        *cues(r"\bwithdr[ae]w\w* from\b", r"\bwithdrawal (?:of|from)\b",
              r"\bpull(?:ed|s)? out (?:of|from)\b", r"\bvacat\w*", r"\bhanded over\b",
              r"\btook over\b", weight=2),
    ),
    "Government regains territory": (
        *cues(r"\brecaptur\w*", r"\bretook\b", r"\bretak(?:e|en|ing)\b",
              r"\bregain(?:ed|s)? (?:full )?control\b", r"\bliberat(?:ed|ion|ing)\b",
              r"\bfreed (?:the )?" + _PLACE, r"\bback under (?:government|army|state) "
              r"control\b", r"\bcleared (?:the )?" + _PLACE + r"s? of\b",
              r"\bwrested (?:back )?control\b", r"\btook back\b", r"\bregained\b",
              r"\breclaim\w*", r"\b(?:restored|reasserted|re-?established) (?:\w+ )?control\b",
              r"\b(?:drove|driven|pushed|flushed|expelled|ousted|evicted) (?:\w+ )?(?:\w+ )?"
              r"(?:out|back)\b", r"\bexpelled (?:\w+ )?(?:\w+ )?from\b", weight=4),
    ),
    "Non-state actor overtakes territory": (
        *cues(r"\b(?:captur|seiz|overr[au]n|overtak|overtook)\w*" + r"(?:\W+\w+){0,3}?\W+"
              + _PLACE + r"s?\b", r"\b(?:seized|took|taken|gained|takes|seize|take|"
              r"taking|seizing) (?:full )?control (?:of|over)\b", r"\boverr[au]n\b",
              r"\bfell (?:in)?to\b", r"\bfallen (?:in)?to\b", r"\bunder (?:the )?control "
              r"of (?:the )?(?:militants|rebels|insurgents|taliban|jihadists)\b",
              weight=4),
        # "occupied Crimea" names a status, not a happening, so occupation words are absent.
        cue(r"\b(?:captur|seiz)(?:ed|ing|e)\b", 1),
    ),
    "Armed clash": (
        *cues(r"\bclash(?:ed|es|ing)?\b", r"\bgun[\s-]?(?:fights?|battles?)\b",
              r"\bfire[\s-]?fights?\b", r"\bexchange[sd]? (?:of )?(?:heavy )?fire\b",
              r"\bencounters?\b", r"\bheavy fighting\b", r"\bfighting\b",
              r"\bfought\b", r"\bambush(?:ed|es)?\b", r"\bshoot[\s-]?outs?\b",
              r"\bcounter[\s-]?(?:attacks?|offensive)\b", weight=3),
        cue(r"\bclear(?:ing|ed) (?:out|operations?)\b", 2),
        *cues(r"\bbattles?\b", r"\bcombat\b", r"\boffensive\b", r"\bassault(?:ed|s)? "
              r"(?:on )?(?:\w+ )?(?:positions?|base|post|checkpoint|camp|outpost)\b",
              r"\battack\w* (?:on )?(?:an? |the )?(?:\w+ )?(?:army|military|police|"
              r"security|border)? ?(?:post|base|checkpoint|convoy|patrol|outpost|camp|"
              r"positions?|station|troops|soldiers)\b", r"\bstorm(?:ed|ing)\b",
              r"\binfiltrat\w*", r"\bfiring\b", r"\bsearch and destroy\b",
              r"\b(?:killed|killing|neutrali[sz]ed|eliminated) (?:\w+ )?(?:\w+ )?"
              r"(?:soldiers|troops|militants|rebels|insurgents|fighters|terrorists|jawans|"
              r"policemen|servicemen|personnel|russians|ukrainians|jihadists|gunmen)\b",
              r"\b(?:soldiers|troops|militants|rebels|insurgents|fighters|policemen|jawans|"
              r"personnel|servicemen)(?:\W+\w+){0,3}\W+(?:were |was )?(?:killed|"
              r"martyred|injured|wounded)\b", weight=2),
    ),
    # ACLED's "Other" is what fits no other type: it has no words of its own, so it is
    # never guessed; an analyst assigns it.
    "Other": (),
}

# Happenings that are not ACLED events; if one of these outweighs every event cue the
# text yields no event (see taxonomy.NO_EVENT_KINDS).
EN_NO_EVENT_CUES: dict[str, tuple[Cue, ...]] = {
    # Evacuation and flight are displacement, which DESIGN.md counts as figures, not events.
    "displacement": (
        *cues(r"\bevacuat\w*", r"\bdisplaced\b", r"\brefugees?\b", weight=1),
    ),
    "natural disaster": (
        *cues(r"\bearthquakes?\b", r"\bquakes?\b", r"\bfloods?\b", r"\bflooding\b",
              r"\blandslides?\b", r"\bmudslides?\b", r"\bcyclones?\b", r"\bhurricanes?\b",
              r"\btyphoons?\b", r"\btornado\w*", r"\bdroughts?\b", r"\bwildfires?\b",
              r"\bforest fires?\b", r"\bbushfires?\b", r"\btsunami\b", r"\bheavy rains?\b",
              r"\bdownpours?\b", r"\blightning\b", r"\bavalanche\w*", r"\bheat ?waves?\b",
              r"\bvolcan\w*", r"\beruption\b", r"\bstorms?\b", r"\bmagnitude\b",
              r"\bmonsoon\b", r"\bcloudburst\b", weight=3),
    ),
    "man-made disaster": (
        *cues(r"\bfire broke out\b", r"\bcaught fire\b", r"\bblaze\b", r"\baccident\w*",
              r"\bcrash(?:ed|es)?\b", r"\bderail\w*", r"\bcollaps\w*", r"\bgas leak\w*",
              r"\b(?:gas )?cylinder\b", r"\bboiler\b", r"\bshort[\s-]circuit\b",
              r"\bstampede\b", r"\bcapsiz\w*", r"\bfireworks?\b", r"\bfirecrackers?\b",
              r"\bsank\b", r"\bsinking\b", r"\bfood poisoning\b", r"\bhooch\b",
              r"\bspurious liquor\b", r"\bfactory\b", r"\bchemical plant\b",
              r"\brefinery\b", r"\bwarehouse\b", r"\bfire (?:tenders|brigade|fighters?)\b",
              r"\bfirefighters\b", r"\bdoused\b", weight=2),
    ),
    "organised crime": (
        *cues(r"\bdrugs?\b", r"\bnarcotics?\b", r"\bcartels?\b", r"\bsmuggl\w*",
              r"\btraffick\w*", r"\bheroin\b", r"\bcocaine\b", r"\bmethamphetamine\b",
              r"\bcannabis\b", r"\bmarijuana\b", r"\brobber(?:y|ies|s)\b", r"\brobbed\b",
              r"\bdacoit\w*", r"\bextortion\b", r"\bgangsters?\b", r"\bmafia\b",
              r"\borgani[sz]ed crime\b", r"\bcounterfeit\b", r"\bfraud\b", r"\bheist\b",
              r"\bcontraband\b", r"\bcrime (?:boss|syndicate|gang)s?\b", weight=2),
    ),
    "diplomacy": (
        *cues(r"\bsummit\b", r"\bmet with\b", r"\bbilateral\b", r"\bdiplomat\w*",
              r"\bembass(?:y|ies)\b", r"\bambassadors?\b", r"\bforeign minist\w*",
              r"\bsanctions?\b", r"\bcondemn\w*", r"\bcalled (?:on|for)\b", r"\burged\b",
              r"\bexpressed (?:concern|solidarity|condolences)\b", r"\bvisit(?:ed|s|ing)?\b",
              r"\btalks\b", r"\bstatement\b", r"\bsaid (?:on|in) a statement\b",
              r"\bpresident\b", r"\bprime minister\b", r"\bnegotiations?\b",
              r"\btelephone (?:call|conversation)\b", r"\bpledged\b", r"\baid package\b",
              weight=1),
        # A weapons test is a show of force for other states, not an attack on anyone.
        *cues(r"\b(?:missile|rocket|weapons?|nuclear) tests?\b",
              r"\btest[\s-]?(?:fired|firing|launch\w*)\b", weight=4),
    ),
    "attribution": (
        *cues(r"\bclaim(?:ed|s|ing)? (?:the )?responsibility\b",
              r"\bclaims? of responsibility\b", r"\btook responsibility\b",
              r"\bresponsibility for\b", weight=3),
        *cues(r"\bblamed\b", r"\bblames\b", r"\battributed\b", r"\baccused\b", weight=1),
    ),
}
