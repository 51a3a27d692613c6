"""Context cues the precedence rules read: who acts, who suffers, what came of it."""

from __future__ import annotations

from sitrep.analyze.events.cues import Cue, cues

# Context name -> cues in English, Ukrainian and Russian. None of these names an event by
# itself; rules.py uses them to choose between event types that share cue words.
CONTEXT_CUES: dict[str, tuple[Cue, ...]] = {
    # Something came of an attack: people hurt or things hit. Without it, a bomb that was
    # found or a drone that was shot down is a disrupted weapon, not an explosion.
    "effect": cues(
        r"\bkill(?:ed|ing|s)\b", r"\binjur(?:ed|ies|ing)\b", r"\bwounded\b", r"\bdead\b",
        r"\bdied\b", r"\bdamag(?:ed|ing)\b", r"\bdestroy(?:ed|ing)\b", r"\bexploded\b",
        r"\bwent off\b", r"\bcasualties\b", r"\bdeaths?\b", r"\bhit\b", r"\bstruck\b",
        r"\bзагин\w*", r"\bпоранен\w*", r"\bубит\w*", r"\bпогиб\w*", r"\bранен\w*",
        r"\bпошкодж\w*", r"\bповрежд\w*", r"\bзруйн\w*", r"\bразруш\w*", r"\bвлуч\w*",
        r"\bпопад\w*", r"\bзагибл\w*",
    ),
    # Victims who are not fighting: an attack on them is Violence against civilians.
    "civilians": cues(
        r"\bcivilians?\b", r"\bvillagers?\b", r"\bresidents?\b", r"\bfarmers?\b",
        r"\btraders?\b", r"\bshopkeepers?\b", r"\bwom[ae]n\b", r"\bchild(?:ren)?\b",
        r"\bgirls?\b", r"\bboys?\b", r"\bteachers?\b", r"\bjournalists?\b",
        r"\bworkers?\b", r"\bpassengers?\b", r"\bworshippers\b", r"\bpilgrims\b",
        r"\bfamily\b", r"\bstudents?\b", r"\bdoctors?\b", r"\bbusinessman\b",
        r"\belderly\b", r"\bmen\b", r"\ba man\b", r"\bactivists?\b", r"\bleader\b",
        r"\bcouncillor\b", r"\bpriest\b", r"\bcitizens?\b", r"\bwife\b", r"\bhusband\b",
        r"\bцивільн\w*", r"\bмирн\w* (?:жител|житель|населен)\w*", r"\bмешкан\w*",
        r"\bжител\w*", r"\bдит(?:ин|ей)\w*", r"\bдетей\b", r"\bжінк\w*", r"\bженщин\w*",
    ),
    # Armed, organised people: violence between them is a battle, not an attack.
    "combatants": cues(
        r"\bsoldiers?\b", r"\btroops\b", r"\barmy\b", r"\bmilitary\b", r"\bpolicem[ae]n\b",
        r"\bpolice (?:officers?|personnel|station|post|patrol|party|team|convoy|vehicle)s?\b",
        r"\bsecurity (?:forces|personnel|men)\b", r"\bmilitants?\b", r"\brebels?\b",
        r"\binsurgents?\b", r"\bfighters\b", r"\bjawans?\b", r"\bcheckpoint\b",
        r"\bconvoy\b", r"\bpatrol\b", r"\bterrorists?\b", r"\bpersonnel\b",
        r"\b(?:security|armed|government|rebel|enemy) forces\b", r"\bguards?\b",
        r"\bmilitia\w*", r"\bservicem[ae]n\b",
        r"\bвійськов\w*", r"\bвоенн\w*", r"\bсолдат\w*", r"\bбойовик\w*", r"\bбоевик\w*",
        r"\bзсу\b", r"\bвсу\b", r"\bокупант\w*", r"\bоккупант\w*",
    ),
    # The government's forces: when they take a place it is "Government regains territory".
    "government": cues(
        r"\barmy\b", r"\btroops\b", r"\bgovernment (?:forces|troops)\b",
        r"\bsecurity forces\b", r"\bmilitary\b", r"\bsoldiers\b", r"\barmed forces\b",
        r"\bukrain\w* (?:forces|army|troops|military|soldiers|defenders)\b",
        r"\bзсу\b", r"\bвсу\b", r"\bсили оборони\b", r"\bсил оборони\b",
        r"\bукраїнськ\w* (?:військ|воїн|захисник|сил)\w*",
        r"\bукраинск\w* (?:войск|военн|сил)\w*",
    ),
    # Non-state groups and a foreign state's forces: ACLED counts both as the actor that
    # "overtakes territory" (Codebook: the government is the one of the place fought over).
    "non_state": cues(
        r"\bmilitants?\b", r"\brebels?\b", r"\binsurgents?\b", r"\btaliban\b",
        r"\bislamic state\b", r"\bisis\b", r"\bisil\b", r"\bdaesh\b", r"\bal[\s-]shabaab\b",
        r"\bboko haram\b", r"\bjihadists?\b", r"\bseparatists?\b", r"\bhouthis?\b",
        r"\bmaoists?\b", r"\bwagner\b", r"\bmilitia\w*",
        r"\bruss\w* (?:forces|troops|army|military|soldiers|units)\b",
        r"\bдн[рp]\b", r"\bлн[рp]\b", r"\bросійськ\w* (?:військ|армі|окупант|сил)\w*",
        r"\bроссийск\w* (?:войск|арми|военн|сил)\w*", r"\bвс рф\b", r"\bокупант\w*",
    ),
    # Words that turn a named agreement into one not (yet) made, or one broken: a call for
    # a ceasefire is diplomacy; a ceasefire violation is the fighting that broke it.
    "unrealised": cues(
        r"\bcall(?:ed|s|ing)? for\b", r"\burg(?:ed|es|ing)\b", r"\bdemand\w*",
        r"\bpropos\w*", r"\bpush(?:ed|es|ing)? for\b", r"\bseek\w*", r"\bsought\b",
        r"\bhop(?:e|es|ed|ing)\b", r"\bviolat\w*", r"\bbreach\w*", r"\breject\w*",
        r"\brefus\w*", r"\bno agreement\b", r"\bfailed to\b", r"\bwould\b",
        r"\bзакли\w*", r"\bпризв\w*", r"\bпризыв\w*", r"\bпорушен\w*", r"\bнарушен\w*",
        r"\bпорушив\w*", r"\bнаруши\w*",
    ),
    # A protest whose participants turn violent is a riot (ACLED: Violent demonstration).
    "protest_violence": cues(
        r"\btorch(?:ed|ing)\b", r"\bset (?:\w+ )?(?:on fire|ablaze|fire to)\b",
        r"\bvandali[sz]\w*", r"\bransack\w*", r"\bclash(?:ed|es)? with (?:the )?"
        r"(?:police|security|riot)", r"\battack(?:ed)? (?:the )?(?:police|officers)\b",
        r"\bburn(?:ed|t|ing) (?:tyres|tires|vehicles|buses|cars)\b", r"\bclashes\b",
        r"\b(?:damag|smash)\w* (?:\w+ )?(?:vehicles|property|shops|windows|cars)\b",
        r"\binjur\w* (?:\w+ )?(?:police(?:men)?|officers)\b", r"\bviolen(?:ce|t)\b",
        r"\bmob\b", r"\b(?:stones|rocks|bricks|bottles)\b",
        r"\bburn(?:ed|t|ing)?\b(?! (?:an? |the )?effig)",
        r"\bfire to\b", r"\bon fire\b", r"\bscuffl\w*", r"\bskirmish\w*", r"\bstorm(?:ed|ing)\b",
        r"\brampag\w*", r"\bloot\w*", r"\barson\b", r"\bunruly\b", r"\bvandal\w*",
        r"\battack(?:ed|ing)\b", r"\bhurl\w*",
        r"\bpolice(?:men)? (?:were |was )?(?:injured|hurt|wounded)\b", r"\bclashed\b",
        r"\bпогром\w*", r"\bпідпал\w*", r"\bподж[её]г\w*", r"\bсутичк\w*", r"\bстычк\w*",
    ),
    # Harm done to protesters; with no violence by them it is Excessive force (ACLED).
    "protester_harm": cues(
        r"\bkill(?:ed|ing)\b", r"\bdied\b", r"\bdeaths?\b", r"\bdead\b", r"\bshot\b",
        r"\bbullets?\b", r"\bgunfire\b", r"\bopened fire\b", r"\bwounded\b",
        r"\binjur(?:ed|ies|ing)\b", r"\bbeat(?:en|ing)?\b", r"\bhospitali[sz]ed\b",
        r"\bthrash\w*", r"\bmanhandl\w*", r"\bassault\w*", r"\bhurt\b", r"\bbleeding\b",
        r"\bзагин\w*", r"\bпоранен\w*", r"\bубит\w*", r"\bпогиб\w*", r"\bранен\w*",
    ),
    # An attempt to take a place is the fight for it, not a change of hands.
    "attempt": cues(
        r"\b(?:try|tri(?:ed|es)|trying|attempt\w*|bid|aim\w*|seek\w*|sought|plan\w*|"
        r"push(?:ing)?|want\w*|fail\w*|unable|intend\w*|threaten\w*|vow\w*) to (?:re)?"
        r"(?:capture|seize|take|overrun|regain|retake|recapture|liberate)\b",
        r"\bнамага\w* (?:захоп|взят|звільн|освобод)\w*",
        r"\bпыта\w* (?:захват|взять|освобод)\w*",
    ),
}
