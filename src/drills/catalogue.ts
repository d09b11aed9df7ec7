import type { Drill } from './drill.js';

/**
 * The built-in drills. Descriptions are our own words. Ids and aliases are unique across the
 * whole catalogue and never a keyword of the language.
 */
export const DRILL_CATALOGUE: readonly Drill[] = [
    // ---- Run types: continuous running; their time comes from the plan's paces. ----
    {
        id: 'run', title: 'Run', kind: 'run',
        description: 'Plain continuous running at whatever pace or zone the plan gives; the default run type.',
        aliases: ['running'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'easy-run', title: 'Easy run', kind: 'run',
        description: 'Relaxed, conversational running that builds the aerobic base without leaving fatigue behind.',
        aliases: ['aerobic-run', 'base-run'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'recovery-run', title: 'Recovery run', kind: 'run',
        description: 'A very gentle short run after a hard day; keeps blood moving while adding almost no stress.',
        aliases: ['recovery', 'shakeout', 'shakeout-run'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0, rpe: 2,
    },
    {
        id: 'long-run', title: 'Long run', kind: 'run',
        description: "The week's longest steady outing; extends endurance, fuel economy and time on the feet.",
        aliases: ['lsd', 'long-slow-distance'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'tempo-run', title: 'Tempo run', kind: 'run',
        description: 'A sustained, comfortably hard effort of 20-40 minutes; raises the pace you can hold for long.',
        aliases: ['tempo'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'threshold-run', title: 'Threshold run', kind: 'run',
        description: 'Continuous running close to lactate threshold; lifts the speed you can sustain before tiring fast.',
        aliases: ['threshold', 'lt-run'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'cruise-interval', title: 'Cruise interval', kind: 'run',
        description: 'Threshold-pace repeats split by brief jogs; more total time at threshold than one long block.',
        aliases: ['cruise-intervals', 'cruise'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 60,
    },
    {
        id: 'interval', title: 'Interval', kind: 'run',
        description: 'Hard repeats such as 400 m or 800 m with recoveries between; builds aerobic power and race speed.',
        aliases: ['intervals', 'repeats', 'track-repeat', 'hiit'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 90,
    },
    {
        id: 'ladder', title: 'Ladder', kind: 'run',
        description: 'Intervals that climb and then drop in length, e.g. 200-400-800-400-200; mixes speed and stamina.',
        aliases: ['pyramid', 'pyramid-intervals'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 90,
    },
    {
        id: 'fartlek', title: 'Fartlek', kind: 'run',
        description: 'Free mix of quick and easy stretches inside one continuous run, chosen by feel or terrain.',
        aliases: ['speed-play'], measures: ['time', 'distance'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'progression-run', title: 'Progression run', kind: 'run',
        description: 'Begins easy and speeds up in stages to end near tempo effort; practises finishing strong.',
        aliases: ['progression', 'negative-split-run'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'hill-repeat', title: 'Hill repeat', kind: 'run',
        description: 'Hard climbs of 30 s to a few minutes with an easy jog down; builds leg strength and aerobic power.',
        aliases: ['hill-repeats', 'hill-reps', 'hills'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 120,
    },
    {
        id: 'hill-run', title: 'Hill run', kind: 'run',
        description: 'Continuous running over rolling ground; adds climbing strength without set repeats.',
        aliases: ['hilly-run', 'rolling-hills'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'strides', title: 'Strides', kind: 'run',
        description: 'Smooth 80-100 m pick-ups to near top speed with a walk back; sharpens form without strain.',
        aliases: ['stride', 'striders', 'pickups', 'pick-ups'], measures: ['distance', 'time', 'reps'],
        // a counted stride is about 100 m at 6-7 m/s
        repSeconds: 15, restSeconds: 60, metresPerSecond: 6.5,
    },
    {
        id: 'surge', title: 'Surge', kind: 'run',
        description: 'Short 20-60 s pushes dropped into a steady run; rehearses changing pace in the middle of a race.',
        aliases: ['surges', 'pace-surge'], measures: ['time', 'distance'], repSeconds: 0, restSeconds: 60,
    },
    {
        id: 'finish-kick', title: 'Finish kick', kind: 'run',
        description: 'A fast closing burst over the last stretch of a run or rep; rehearses the final sprint to the line.',
        aliases: ['kick', 'finishing-kick'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 180,
    },
    {
        id: 'race-pace', title: 'Race pace', kind: 'run',
        description: 'Running at goal pace for the target event so that its rhythm feels familiar on the day.',
        aliases: ['goal-pace', 'race-pace-run'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'technique-run', title: 'Technique run', kind: 'run',
        description: 'Deliberately slow running with full attention on posture, arms and foot placement; grooves form.',
        aliases: ['form-run', 'form-focus-run'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'jog', title: 'Jog', kind: 'run',
        description: 'Slow, easy running for warm-ups, cool-downs and the recoveries between reps.',
        // slower than easy running: the pace of RPE 2, as rests between reps are jogged
        aliases: ['jogging', 'easy-jog'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0, rpe: 2,
    },
    {
        id: 'walk', title: 'Walk', kind: 'run',
        description: 'Brisk walking for recovery between efforts, on light days or as part of run-walk plans.',
        // the pace of RPE 1: 1.7 times the easy pace, about 10 min/km for an easy pace of 6:00/km
        aliases: ['walking', 'power-walk'], measures: ['time', 'distance'], repSeconds: 0, restSeconds: 0, rpe: 1,
    },
    {
        id: 'run-walk', title: 'Run-walk', kind: 'run',
        description: 'Set spells of running and walking in turn; lets new or returning runners build volume safely.',
        aliases: ['walk-run', 'galloway'], measures: ['time', 'distance'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'cross-country', title: 'Cross-country', kind: 'run',
        description: 'Running over grass, mud and uneven ground; builds strength, balance and adaptability.',
        aliases: ['xc', 'cross-country-run'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'trail-run', title: 'Trail run', kind: 'run',
        description: 'Running on paths and rough trails; the changing footing trains feet, ankles and balance.',
        aliases: ['trail', 'trail-running'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'treadmill-run', title: 'Treadmill run', kind: 'run',
        description: 'Running on a treadmill; useful for exact paces and inclines or when the weather is bad.',
        aliases: ['treadmill'], measures: ['distance', 'time'], repSeconds: 0, restSeconds: 0,
    },

    // ---- Sprints: maximal or near-maximal efforts; speeds are typical for a distance runner. ----
    {
        id: 'sprint', title: 'Sprint', kind: 'sprint',
        description: 'All-out sprint from a standing or crouched start, often 30-60 m and timed; trains top speed.',
        aliases: ['max-sprint', 'timed-sprint', 'dash'], measures: ['distance', 'time'],
        // a 60 m rep takes a distance runner about 8-9 s
        repSeconds: 8, restSeconds: 240, metresPerSecond: 7,
    },
    {
        id: 'flying-sprint', title: 'Flying sprint', kind: 'sprint',
        description: 'A timed all-out stretch, usually 30 m, entered at speed after a run-in; pure top-speed work.',
        aliases: ['fly', 'flyer', 'flyers', 'flying-30', 'flying-30s'], measures: ['distance', 'time'],
        // the 20 m run-in plus a 30 m fly
        repSeconds: 7, restSeconds: 240, metresPerSecond: 8, buildUpMetres: 20,
    },
    {
        id: 'in-and-out', title: 'In-and-out', kind: 'sprint',
        description: 'Sprint through coned zones, switching between hard drive and relaxed holding of speed.',
        aliases: ['ins-and-outs', 'in-out', 'ins-outs'], measures: ['distance', 'time'],
        repSeconds: 10, restSeconds: 240, metresPerSecond: 7.5,
    },
    {
        id: 'float-sprint', title: 'Float sprint', kind: 'sprint',
        description: 'Reach near top speed, then ease into a loose float without slowing much; teaches relaxed speed.',
        aliases: ['float', 'floats'], measures: ['distance', 'time'],
        repSeconds: 10, restSeconds: 240, metresPerSecond: 7.5,
    },
    {
        id: 'acceleration', title: 'Acceleration', kind: 'sprint',
        description: 'Short flat-out bursts of 10-30 m from a standing start; builds drive through the first steps.',
        aliases: ['accel', 'accels', 'accelerations', 'short-burst'], measures: ['distance', 'time'],
        repSeconds: 4, restSeconds: 180, metresPerSecond: 6,
    },
    {
        id: 'hill-sprint', title: 'Hill sprint', kind: 'sprint',
        description: 'Maximal 8-12 s sprints up a moderate slope; push-off power with less impact than the flat.',
        aliases: ['hill-sprints', 'uphill-sprint'], measures: ['distance', 'time'],
        // the slope holds it well below top speed: 5.5 m/s all out, walked back down
        repSeconds: 10, restSeconds: 180, metresPerSecond: 5.5, resisted: true,
    },
    {
        id: 'block-start', title: 'Block start', kind: 'sprint',
        description: 'Sprint out of starting blocks over 10-30 m; trains reaction and a low, powerful first push.',
        aliases: ['blocks', 'block-starts'], measures: ['distance', 'time'],
        repSeconds: 4, restSeconds: 180, metresPerSecond: 6,
    },
    {
        id: 'three-point-start', title: 'Three-point start', kind: 'sprint',
        description: 'Sprint from a crouch with one hand down; a simple way to practise low, forceful starts.',
        aliases: ['three-point', 'crouch-start'], measures: ['distance', 'time'],
        repSeconds: 4, restSeconds: 180, metresPerSecond: 6,
    },
    {
        id: 'falling-start', title: 'Falling start', kind: 'sprint',
        description: 'Tip forward from standing until a step is forced, then sprint 10-20 m; teaches a forward lean.',
        aliases: ['fall-start', 'falling-starts', 'lean-start'], measures: ['distance', 'time'],
        repSeconds: 3, restSeconds: 180, metresPerSecond: 6,
    },
    {
        id: 'push-up-start', title: 'Push-up start', kind: 'sprint',
        description: 'Start lying face down, spring up and sprint away; trains rising fast and applying force early.',
        aliases: ['prone-start', 'push-up-starts'], measures: ['distance', 'time'],
        repSeconds: 4, restSeconds: 180, metresPerSecond: 5.5,
    },
    {
        id: 'reaction-start', title: 'Reaction start', kind: 'sprint',
        description: 'Sprint off a surprise cue such as a clap or a dropped ball; sharpens reaction and first steps.',
        aliases: ['reaction-sprint', 'ball-drop'], measures: ['distance', 'time'],
        repSeconds: 3, restSeconds: 150, metresPerSecond: 5.5,
    },
    {
        id: 'resisted-sprint', title: 'Resisted sprint', kind: 'sprint',
        description: 'Sprint towing a light sled or against a band; loads the acceleration to build horizontal force.',
        aliases: ['sled-sprint', 'sled-tow', 'band-sprint'], measures: ['distance', 'time'],
        repSeconds: 6, restSeconds: 180, metresPerSecond: 5, resisted: true,
    },
    {
        id: 'assisted-sprint', title: 'Assisted sprint', kind: 'sprint',
        description: 'Sprint down a very slight slope or with a tow to go just past normal top speed; overspeed work.',
        aliases: ['overspeed', 'overspeed-sprint', 'downhill-sprint'], measures: ['distance', 'time'],
        repSeconds: 5, restSeconds: 240, metresPerSecond: 8.5,
    },
    {
        id: 'curve-sprint', title: 'Curve sprint', kind: 'sprint',
        description: 'Sprint around a track bend leaning into it; practises holding speed while turning.',
        aliases: ['bend-sprint', 'bend-run'], measures: ['distance', 'time'],
        repSeconds: 8, restSeconds: 240, metresPerSecond: 7,
    },
    {
        id: 'wicket-run', title: 'Wicket run', kind: 'sprint',
        description: 'Sprint over evenly spaced mini-hurdles; forces tall posture, knee lift and a steady rhythm.',
        aliases: ['wickets', 'mini-hurdle-run'], measures: ['distance', 'time'],
        repSeconds: 6, restSeconds: 180, metresPerSecond: 7,
    },
    {
        id: 'shuttle-sprint', title: 'Shuttle sprint', kind: 'sprint',
        description: 'Sprint to a line, plant, turn and sprint back; adds braking and change of direction.',
        aliases: ['shuttle', 'shuttles', 'shuttle-run'], measures: ['distance', 'time'],
        repSeconds: 8, restSeconds: 120, metresPerSecond: 5,
    },
    {
        id: 'repeat-sprint', title: 'Repeat sprint', kind: 'sprint',
        description: 'Short sprints with deliberately brief recoveries; trains the ability to sprint again and again.',
        aliases: ['repeated-sprint', 'rsa'], measures: ['distance', 'time'],
        // short rest on purpose: this trains repeated-sprint ability, not top speed
        repSeconds: 5, restSeconds: 30, metresPerSecond: 6.5,
    },
    {
        id: 'speed-endurance', title: 'Speed endurance', kind: 'sprint',
        description: 'Near-maximal runs of 80-150 m with long rests; holding speed and form as fatigue sets in.',
        aliases: ['speed-endurance-run', 'special-endurance'], measures: ['distance', 'time'],
        // long, near-maximal reps need 6-10 min to recover
        repSeconds: 16, restSeconds: 480, metresPerSecond: 7,
    },

    // ---- Sprint drills: technique work at low speed; a counted rep is one pass of about 20 m. ----
    {
        id: 'a-march', title: 'A-march', kind: 'sprint-drill',
        description: 'Walking form of the A-skip: tall trunk, knee up, toes up, foot set down under the hip.',
        aliases: ['a-marches', 'march', 'marching'], measures: ['distance', 'reps', 'time'],
        repSeconds: 20, restSeconds: 45, metresPerSecond: 1,
    },
    {
        id: 'b-march', title: 'B-march', kind: 'sprint-drill',
        description: 'Marching B-motion: lift the knee, reach the shin out and claw the foot back down; slow rehearsal.',
        aliases: ['b-marches'], measures: ['distance', 'reps', 'time'],
        repSeconds: 20, restSeconds: 45, metresPerSecond: 1,
    },
    {
        id: 'a-skip', title: 'A-skip', kind: 'sprint-drill',
        description: 'Skip with a sharp knee lift and a quick strike down under the hips; grooves front-side mechanics.',
        aliases: ['a-skips', 'skip-a'], measures: ['distance', 'reps', 'time'],
        repSeconds: 8, restSeconds: 60, metresPerSecond: 2.5,
    },
    {
        id: 'b-skip', title: 'B-skip', kind: 'sprint-drill',
        description: 'An A-skip where the lower leg swings out and paws back to the ground; trains the leg sweeping down.',
        aliases: ['b-skips', 'skip-b'], measures: ['distance', 'reps', 'time'],
        repSeconds: 8, restSeconds: 60, metresPerSecond: 2.5,
    },
    {
        id: 'c-skip', title: 'C-skip', kind: 'sprint-drill',
        description: 'Skip lifting each knee out to the side and sweeping it round to the front; hip control and range.',
        aliases: ['c-skips', 'skip-c'], measures: ['distance', 'reps', 'time'],
        repSeconds: 10, restSeconds: 60, metresPerSecond: 2,
    },
    {
        id: 'a-run', title: 'A-run', kind: 'sprint-drill',
        description: 'Running with an exaggerated A-motion knee lift and active foot strike; bridges the A-skip to sprinting.',
        aliases: ['a-runs'], measures: ['distance', 'reps', 'time'],
        repSeconds: 6, restSeconds: 60, metresPerSecond: 3.5,
    },
    {
        id: 'high-knees', title: 'High knees', kind: 'sprint-drill',
        description: 'Quick steps driving the knees to hip height, in place or travelling; rhythm and hip-flexor drive.',
        aliases: ['high-knee', 'knee-drives'], measures: ['distance', 'reps', 'time'],
        repSeconds: 10, restSeconds: 60, metresPerSecond: 2,
    },
    {
        id: 'butt-kicks', title: 'Butt kicks', kind: 'sprint-drill',
        description: 'Short quick steps flicking the heels up towards the seat; practises a fast, folded recovery leg.',
        aliases: ['butt-kick', 'heel-flicks', 'heel-kicks'], measures: ['distance', 'reps', 'time'],
        repSeconds: 8, restSeconds: 60, metresPerSecond: 2.5,
    },
    {
        id: 'carioca', title: 'Carioca', kind: 'sprint-drill',
        description: 'Travel sideways crossing the trailing leg in front and then behind; hip rotation and footwork.',
        aliases: ['grapevine', 'karaoke'], measures: ['distance', 'reps', 'time'],
        repSeconds: 8, restSeconds: 60, metresPerSecond: 2.5,
    },
    {
        id: 'straight-leg-bound', title: 'Straight-leg bound', kind: 'sprint-drill',
        description: 'Run with locked knees, pulling each leg down and back from the hip; trains a strong hamstring pull.',
        aliases: ['straight-leg-run', 'scissor-run', 'stiff-leg-bound'], measures: ['distance', 'reps', 'time'],
        repSeconds: 7, restSeconds: 60, metresPerSecond: 3,
    },
    {
        id: 'ankling', title: 'Ankling', kind: 'sprint-drill',
        description: 'Tiny quick steps rolling over the forefoot with firm ankles; teaches short, springy contacts.',
        aliases: ['ankle-dribbles', 'dribbles'], measures: ['distance', 'reps', 'time'],
        repSeconds: 13, restSeconds: 45, metresPerSecond: 1.5,
    },
    {
        id: 'fast-leg', title: 'Fast leg', kind: 'sprint-drill',
        description: 'Walk or jog and every few steps whip one leg through a quick sprint cycle; rapid leg recovery.',
        aliases: ['fast-legs', 'single-leg-cycle'], measures: ['distance', 'reps', 'time'],
        repSeconds: 13, restSeconds: 60, metresPerSecond: 1.5, unilateral: true,
    },
    {
        id: 'quick-feet', title: 'Quick feet', kind: 'sprint-drill',
        description: 'The fastest possible small steps over a short stretch or a ladder; turnover and foot speed.',
        aliases: ['fast-feet', 'foot-fire', 'agility-ladder'], measures: ['distance', 'reps', 'time'],
        repSeconds: 8, restSeconds: 60, metresPerSecond: 2.5,
    },
    {
        id: 'backward-run', title: 'Backward run', kind: 'sprint-drill',
        description: 'Running backwards on the forefoot with a tall trunk; works quads, calves and coordination.',
        aliases: ['backpedal', 'back-pedal', 'retro-run'], measures: ['distance', 'reps', 'time'],
        repSeconds: 8, restSeconds: 60, metresPerSecond: 2.5,
    },
    {
        id: 'side-shuffle', title: 'Side shuffle', kind: 'sprint-drill',
        description: 'Slide sideways in a low athletic stance without crossing the feet; strengthens the outer hips.',
        aliases: ['shuffle', 'lateral-shuffle'], measures: ['distance', 'reps', 'time'],
        repSeconds: 10, restSeconds: 60, metresPerSecond: 2,
    },
    {
        id: 'hurdle-walkover', title: 'Hurdle walkover', kind: 'sprint-drill',
        description: 'Step over a row of hurdles, lifting each knee high and round; opens the hips and trains knee lift.',
        aliases: ['hurdle-walk', 'walkovers'], measures: ['distance', 'reps', 'time'],
        repSeconds: 20, restSeconds: 45, metresPerSecond: 1,
    },
    {
        id: 'wall-drill', title: 'Wall drill', kind: 'sprint-drill',
        description: 'Lean into a wall at a sprint-start angle and drive one knee up, holding or switching; start posture.',
        aliases: ['wall-drive', 'wall-march', 'wall-switch'], measures: ['reps', 'time'],
        // a counted rep is one knee drive
        repSeconds: 2, restSeconds: 60,
    },
    {
        id: 'arm-swing', title: 'Arm swing', kind: 'sprint-drill',
        description: 'Standing or seated arm action, elbows bent near 90 degrees, hands hip to chin; a loose, strong swing.',
        aliases: ['arm-drill', 'arm-action', 'seated-arm-swing'], measures: ['time'],
        // written by time; a bout of about 20 s
        repSeconds: 20, restSeconds: 45,
    },

    // ---- Plyometrics: contacts are foot contacts per counted rep (per side when unilateral); ----
    // ---- tiers after Chu. A counted skip or bound is one take-off.                           ----
    {
        id: 'pogo-jump', title: 'Pogo jump', kind: 'plyometric',
        description: 'Low, fast two-foot rebounds with firm ankles and nearly straight knees; builds elastic stiffness.',
        aliases: ['pogo', 'pogos', 'pogo-jumps', 'rapid-fire-pogos'], measures: ['reps', 'time'],
        repSeconds: 0.5, restSeconds: 90, contactsPerRep: 1, tier: 'low',
    },
    {
        id: 'ankle-hop', title: 'Ankle hop', kind: 'plyometric',
        description: 'Small two-foot hops inching forward, springing only from the ankles; quick, stiff ground contacts.',
        aliases: ['ankle-hops', 'ankle-bounce'], measures: ['reps', 'distance'],
        repSeconds: 0.5, restSeconds: 60, contactsPerRep: 1, metresPerContact: 0.5, tier: 'low',
    },
    {
        id: 'line-hop', title: 'Line hop', kind: 'plyometric',
        description: 'Rapid two-foot hops back and forth or side to side across a line; foot speed and ankle stiffness.',
        aliases: ['line-hops', 'line-jump', 'line-jumps'], measures: ['reps', 'time'],
        repSeconds: 0.5, restSeconds: 60, contactsPerRep: 1, tier: 'low',
    },
    {
        id: 'jump-rope', title: 'Jump rope', kind: 'plyometric',
        description: 'Continuous rope jumping on the forefoot; light elastic loading and rhythm, easy to dose by time.',
        aliases: ['rope-jump', 'rope-skipping', 'jumping-rope'], measures: ['time', 'reps'],
        repSeconds: 0.5, restSeconds: 60, contactsPerRep: 1, tier: 'low',
    },
    {
        id: 'jumping-jack', title: 'Jumping jack', kind: 'plyometric',
        description: 'Jump the feet apart while raising the arms, then back together; a light rhythmic warm-up.',
        aliases: ['jumping-jacks'], measures: ['reps', 'time'],
        repSeconds: 1, restSeconds: 60, contactsPerRep: 1, tier: 'low',
    },
    {
        id: 'squat-jump', title: 'Squat jump', kind: 'plyometric',
        description: 'From a half squat, jump straight up as high as possible and land softly; vertical power.',
        aliases: ['squat-jumps', 'jump-squat', 'jump-squats'], measures: ['reps'],
        repSeconds: 1.5, restSeconds: 90, contactsPerRep: 1, tier: 'low',
    },
    {
        id: 'vertical-jump', title: 'Vertical jump', kind: 'plyometric',
        description: 'A quick dip and a maximal jump upward, landing under control; trains and tests explosive power.',
        aliases: ['countermovement-jump', 'cmj', 'vertical'], measures: ['reps'],
        repSeconds: 1.5, restSeconds: 90, contactsPerRep: 1, tier: 'low',
    },
    {
        id: 'skip', title: 'Power skip', kind: 'plyometric',
        description: 'An exaggerated skip driving knee and opposite arm high for height or reach; explosive hip push.',
        aliases: ['power-skip', 'power-skips', 'skip-for-height'], measures: ['reps', 'distance'],
        repSeconds: 0.8, restSeconds: 90, metresPerSecond: 2.5, contactsPerRep: 1, metresPerContact: 2, tier: 'low',
    },
    {
        id: 'hop-and-stick', title: 'Hop and stick', kind: 'plyometric',
        description: 'Hop forward on one leg and freeze the landing for two seconds; landing control and balance.',
        aliases: ['hop-stick', 'hop-to-stick'], measures: ['reps'],
        // includes the two-second hold
        repSeconds: 3, restSeconds: 60, contactsPerRep: 1, tier: 'low', unilateral: true,
    },
    {
        id: 'depth-drop', title: 'Depth drop', kind: 'plyometric',
        description: 'Step off a low box and soak up the landing quietly, hips back; prepares the body for depth jumps.',
        aliases: ['drop-landing', 'box-drop'], measures: ['reps'],
        repSeconds: 2, restSeconds: 60, contactsPerRep: 1, tier: 'low',
    },
    {
        id: 'med-ball-throw', title: 'Medicine ball throw', kind: 'plyometric',
        description: 'Explosive scoop or overhead throw of a medicine ball from the hips; whole-body power, no landings.',
        aliases: ['medicine-ball-throw', 'med-ball-toss', 'scoop-toss'], measures: ['reps'],
        // a throw: no foot contacts to count
        repSeconds: 2, restSeconds: 90, contactsPerRep: 0, tier: 'low',
    },
    {
        id: 'forward-hop', title: 'Forward hop', kind: 'plyometric',
        description: 'Continuous two-footed hops covering ground quickly with short contacts; horizontal rebounding.',
        aliases: ['double-leg-hop', 'two-foot-hop', 'rapid-fire-hops'], measures: ['reps', 'distance'],
        repSeconds: 0.6, restSeconds: 90, contactsPerRep: 1, metresPerContact: 1.2, tier: 'moderate',
    },
    {
        id: 'single-leg-pogo', title: 'Single-leg pogo', kind: 'plyometric',
        description: 'Pogo rebounds on one foot with a stiff ankle; single-leg spring like the stance phase of running.',
        aliases: ['single-leg-pogos', 'sl-pogo', '1-leg-pogo'], measures: ['reps', 'time'],
        repSeconds: 0.5, restSeconds: 90, contactsPerRep: 1, tier: 'moderate', unilateral: true,
    },
    {
        id: 'bound', title: 'Bound', kind: 'plyometric',
        description: 'Exaggerated running strides pushing for distance and hang time, landing leg to leg; horizontal power.',
        aliases: ['bounding', 'bounds', 'alternate-leg-bound'], measures: ['reps', 'distance'],
        repSeconds: 0.7, restSeconds: 120, metresPerSecond: 3.5, contactsPerRep: 1, metresPerContact: 2.5, tier: 'moderate',
    },
    {
        id: 'box-jump', title: 'Box jump', kind: 'plyometric',
        description: 'Two-foot jump up onto a box, land softly and step down; power with little landing stress.',
        aliases: ['box-jumps'], measures: ['reps'],
        repSeconds: 2, restSeconds: 90, contactsPerRep: 1, tier: 'moderate',
    },
    {
        id: 'broad-jump', title: 'Broad jump', kind: 'plyometric',
        description: 'A two-foot standing jump forward as far as possible, landing balanced; horizontal power.',
        aliases: ['standing-long-jump', 'standing-broad-jump', 'broad-jumps'], measures: ['reps', 'distance'],
        repSeconds: 2, restSeconds: 90, contactsPerRep: 1, metresPerContact: 2, tier: 'moderate',
    },
    {
        id: 'tuck-jump', title: 'Tuck jump', kind: 'plyometric',
        description: 'Jump straight up pulling both knees to the chest and rebound at once; reactive power and trunk control.',
        aliases: ['tuck-jumps', 'knee-tuck-jump'], measures: ['reps'],
        repSeconds: 1, restSeconds: 90, contactsPerRep: 1, tier: 'moderate',
    },
    {
        id: 'split-jump', title: 'Split jump', kind: 'plyometric',
        description: 'From a lunge, jump and switch legs in the air to land in the opposite lunge; single-leg power.',
        aliases: ['jumping-lunge', 'jumping-lunges', 'lunge-jump', 'scissor-jump'], measures: ['reps'],
        repSeconds: 1.2, restSeconds: 90, contactsPerRep: 1, tier: 'moderate',
    },
    {
        id: 'lateral-bound', title: 'Lateral bound', kind: 'plyometric',
        description: 'Push off one leg sideways to land on the other and hold; side-to-side power and hip stability.',
        aliases: ['lateral-bounds', 'skater-jump', 'skater-bound', 'skaters'], measures: ['reps', 'distance'],
        repSeconds: 1.5, restSeconds: 90, contactsPerRep: 1, metresPerContact: 1.5, tier: 'moderate',
    },
    {
        id: 'hurdle-hop', title: 'Hurdle hop', kind: 'plyometric',
        description: 'Two-foot hops over a row of low hurdles with short ground contacts; reactive vertical power.',
        aliases: ['hurdle-hops', 'hurdle-jump', 'hurdle-jumps'], measures: ['reps', 'distance'],
        repSeconds: 0.8, restSeconds: 120, contactsPerRep: 1, metresPerContact: 1, tier: 'moderate',
    },
    {
        id: 'zig-zag-hop', title: 'Zig-zag hop', kind: 'plyometric',
        description: 'Two-foot hops travelling forward on a diagonal, left then right; lateral stability while rebounding.',
        aliases: ['zigzag-hop', 'zigzag-hops'], measures: ['reps', 'distance'],
        repSeconds: 0.7, restSeconds: 90, contactsPerRep: 1, metresPerContact: 1, tier: 'moderate',
    },
    {
        id: 'single-leg-hop', title: 'Single-leg hop', kind: 'plyometric',
        description: 'Repeated hops on one leg, leaving the ground quickly; single-leg stiffness and balance for running.',
        aliases: ['hop', 'hops', 'single-leg-hops', 'one-leg-hop', '1-leg-hop'], measures: ['reps', 'distance'],
        repSeconds: 0.6, restSeconds: 90, contactsPerRep: 1, metresPerContact: 1.5, tier: 'moderate', unilateral: true,
    },
    {
        id: 'single-leg-bound', title: 'Single-leg bound', kind: 'plyometric',
        description: 'Repeated maximal hops for distance on one leg; very demanding single-leg reactive power.',
        aliases: ['single-leg-bounds', 'sl-bound', '1-leg-bound'], measures: ['reps', 'distance'],
        repSeconds: 0.8, restSeconds: 120, contactsPerRep: 1, metresPerContact: 2, tier: 'high', unilateral: true,
    },
    {
        id: 'depth-jump', title: 'Depth jump', kind: 'plyometric',
        description: 'Drop from a box and rebound upward the instant you land; maximal reactive power, heavy landing load.',
        aliases: ['depth-jumps', 'drop-jump', 'drop-jumps'], measures: ['reps'],
        repSeconds: 2, restSeconds: 120, contactsPerRep: 1, tier: 'high',
    },
    {
        id: 'standing-triple-jump', title: 'Standing triple jump', kind: 'plyometric',
        description: 'From two feet: a hop, a step and a jump for maximum distance; chains horizontal power.',
        aliases: ['triple-jump'], measures: ['reps'],
        // three take-offs per rep
        repSeconds: 3, restSeconds: 120, contactsPerRep: 3, tier: 'high',
    },

    // ---- Strength: single-leg work first, then bilateral lifts, power lifts, carries, trunk and upper body. ----
    {
        id: 'lunge', title: 'Lunge', kind: 'strength',
        description: 'Step forward into a lunge and push back up to standing; leg strength and knee control per side.',
        aliases: ['lunges', 'forward-lunge'], measures: ['reps'],
        repSeconds: 4, restSeconds: 90, unilateral: true,
    },
    {
        id: 'walking-lunge', title: 'Walking lunge', kind: 'strength',
        description: 'Lunges that travel forward step after step; strength together with balance through each stride.',
        aliases: ['walking-lunges', 'lunge-walk'], measures: ['reps', 'distance'],
        repSeconds: 4, restSeconds: 90, metresPerSecond: 0.25, unilateral: true,
    },
    {
        id: 'reverse-lunge', title: 'Reverse lunge', kind: 'strength',
        description: 'Step back into a lunge and drive up through the front leg; easier on the knee than a forward lunge.',
        aliases: ['reverse-lunges', 'back-lunge'], measures: ['reps'],
        repSeconds: 4, restSeconds: 90, unilateral: true,
    },
    {
        id: 'lateral-lunge', title: 'Lateral lunge', kind: 'strength',
        description: 'Step wide to one side and sit into that hip, other leg straight; adductor and glute strength.',
        aliases: ['side-lunge', 'side-lunges', 'lateral-lunges'], measures: ['reps'],
        repSeconds: 4, restSeconds: 90, unilateral: true,
    },
    {
        id: 'split-squat', title: 'Split squat', kind: 'strength',
        description: 'Feet fixed in a staggered stance, lower the back knee and rise again; basic single-leg strength.',
        aliases: ['split-squats', 'static-lunge'], measures: ['reps'],
        repSeconds: 4, restSeconds: 90, unilateral: true,
    },
    {
        id: 'bulgarian-split-squat', title: 'Bulgarian split squat', kind: 'strength',
        description: 'Split squat with the rear foot up on a bench; heavy single-leg work for quads and glutes.',
        aliases: ['bss', 'bulgarian', 'rear-foot-elevated-split-squat', 'rfess'], measures: ['reps'],
        repSeconds: 4, restSeconds: 120, unilateral: true,
    },
    {
        id: 'step-up', title: 'Step-up', kind: 'strength',
        description: 'Step onto a box and stand tall without pushing off the trailing foot; hip and knee drive.',
        aliases: ['step-ups', 'box-step-up'], measures: ['reps'],
        repSeconds: 4, restSeconds: 90, unilateral: true,
    },
    {
        id: 'single-leg-squat', title: 'Single-leg squat', kind: 'strength',
        description: 'Squat on one leg to a box or as low as control allows; strength and knee tracking.',
        aliases: ['pistol-squat', 'pistol', 'single-leg-box-squat', '1-leg-squat'], measures: ['reps'],
        repSeconds: 4, restSeconds: 90, unilateral: true,
    },
    {
        id: 'single-leg-deadlift', title: 'Single-leg deadlift', kind: 'strength',
        description: 'Hinge forward on one leg as the free leg reaches back, then stand; hamstrings, glutes and balance.',
        aliases: ['sld', 'single-leg-rdl', 'rdl-single', 'one-leg-deadlift', '1-leg-deadlift', '1-leg-rdl'], measures: ['reps'],
        repSeconds: 4, restSeconds: 90, unilateral: true,
    },
    {
        id: 'back-squat', title: 'Back squat', kind: 'strength',
        description: 'Barbell across the upper back, squat to depth and stand; the main builder of leg and hip strength.',
        aliases: ['squat', 'squats', 'barbell-squat'], measures: ['reps'],
        repSeconds: 4, restSeconds: 180,
    },
    {
        id: 'front-squat', title: 'Front squat', kind: 'strength',
        description: 'Squat with the bar resting on the front of the shoulders; upright trunk and heavy quad work.',
        aliases: ['front-squats'], measures: ['reps'],
        repSeconds: 4, restSeconds: 180,
    },
    {
        id: 'goblet-squat', title: 'Goblet squat', kind: 'strength',
        description: 'Squat holding one weight at the chest; an easy way to learn depth and posture under load.',
        aliases: ['goblet-squats'], measures: ['reps'],
        repSeconds: 4, restSeconds: 90,
    },
    {
        id: 'leg-press', title: 'Leg press', kind: 'strength',
        description: 'Push a loaded sled away with both feet from a seat; heavy leg work with no load on the spine.',
        aliases: ['leg-presses'], measures: ['reps'],
        repSeconds: 4, restSeconds: 120,
    },
    {
        id: 'wall-sit', title: 'Wall sit', kind: 'strength',
        description: 'Sit against a wall with thighs level and hold still; quad endurance without any impact.',
        aliases: ['wall-squat'], measures: ['time', 'reps'],
        // a counted rep is one hold
        repSeconds: 45, restSeconds: 60,
    },
    {
        id: 'deadlift', title: 'Deadlift', kind: 'strength',
        description: 'Lift a barbell from the floor to standing by driving the hips through; posterior-chain strength.',
        aliases: ['conventional-deadlift', 'barbell-deadlift'], measures: ['reps'],
        repSeconds: 4, restSeconds: 180,
    },
    {
        id: 'trap-bar-deadlift', title: 'Trap-bar deadlift', kind: 'strength',
        description: 'Deadlift standing inside a hexagonal bar with side handles; a heavy lift that spares the lower back.',
        aliases: ['hex-bar-deadlift', 'trap-bar'], measures: ['reps'],
        repSeconds: 4, restSeconds: 180,
    },
    {
        id: 'romanian-deadlift', title: 'Romanian deadlift', kind: 'strength',
        description: 'Hinge at the hips sliding the bar down the thighs with soft knees; loads hamstrings and glutes.',
        aliases: ['rdl', 'rdls'], measures: ['reps'],
        repSeconds: 4, restSeconds: 120,
    },
    {
        id: 'hip-thrust', title: 'Hip thrust', kind: 'strength',
        description: 'Shoulders on a bench, drive a loaded bar upward with the hips to full extension; glute strength.',
        aliases: ['hip-thrusts', 'barbell-hip-thrust'], measures: ['reps'],
        repSeconds: 3, restSeconds: 120,
    },
    {
        id: 'glute-bridge', title: 'Glute bridge', kind: 'strength',
        description: 'Lying on your back, lift the hips off the floor and squeeze at the top; wakes up the glutes.',
        aliases: ['glute-bridges', 'bridge', 'hip-bridge'], measures: ['reps', 'time'],
        repSeconds: 3, restSeconds: 60,
    },
    {
        id: 'single-leg-glute-bridge', title: 'Single-leg glute bridge', kind: 'strength',
        description: 'A glute bridge with one foot in the air; works each glute and pelvic control separately.',
        aliases: ['single-leg-bridge', 'sl-bridge', '1-leg-bridge', '1-leg-glute-bridge'], measures: ['reps', 'time'],
        repSeconds: 3, restSeconds: 60, unilateral: true,
    },
    {
        id: 'nordic-curl', title: 'Nordic curl', kind: 'strength',
        description: 'Kneel with the heels held down and lower the body forward as slowly as possible; eccentric hamstrings.',
        aliases: ['nordic', 'nordics', 'nordic-hamstring-curl'], measures: ['reps'],
        repSeconds: 5, restSeconds: 120,
    },
    {
        id: 'hamstring-curl', title: 'Hamstring curl', kind: 'strength',
        description: 'Curl the heels towards the seat against a machine or band; isolated hamstring strength.',
        aliases: ['leg-curl', 'leg-curls'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90,
    },
    {
        id: 'back-extension', title: 'Back extension', kind: 'strength',
        description: 'Hinge over a bench or pad and raise the trunk until straight; lower-back and glute endurance.',
        aliases: ['hyperextension', 'back-raise'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90,
    },
    {
        id: 'calf-raise', title: 'Calf raise', kind: 'strength',
        description: 'Rise onto the toes and lower slowly under control; calf and Achilles strength for push-off.',
        aliases: ['calf-raises', 'heel-raise'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60,
    },
    {
        id: 'single-leg-calf-raise', title: 'Single-leg calf raise', kind: 'strength',
        description: 'Calf raise on one leg, often off a step edge; heavier loading for the calf and Achilles.',
        aliases: ['single-leg-heel-raise', 'sl-calf-raise', '1-leg-calf-raise'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60, unilateral: true,
    },
    {
        id: 'seated-calf-raise', title: 'Seated calf raise', kind: 'strength',
        description: 'Calf raise sitting with bent knees and weight on the thighs; targets the soleus.',
        aliases: ['soleus-raise', 'bent-knee-calf-raise'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60,
    },
    {
        id: 'tibialis-raise', title: 'Tibialis raise', kind: 'strength',
        description: 'Back to a wall with heels planted, pull the toes up towards the shins; strengthens the shin muscles.',
        aliases: ['tib-raise', 'tibialis-raises', 'toe-raise'], measures: ['reps'],
        repSeconds: 2, restSeconds: 60,
    },
    {
        id: 'hip-hike', title: 'Hip hike', kind: 'strength',
        description: 'On one leg on a step, let the free hip drop and then lift it level; pelvic control for each stride.',
        aliases: ['hip-hikes', 'pelvic-drop'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60, unilateral: true,
    },
    {
        id: 'clamshell', title: 'Clamshell', kind: 'strength',
        description: 'Side-lying with knees bent, open the top knee against a band; activates the deep hip rotators.',
        aliases: ['clamshells', 'clams'], measures: ['reps'],
        repSeconds: 2, restSeconds: 45, unilateral: true,
    },
    {
        id: 'monster-walk', title: 'Monster walk', kind: 'strength',
        description: 'Step forwards or sideways with a band round the legs, keeping it taut; outer glute strength.',
        aliases: ['band-walk', 'lateral-band-walk'], measures: ['reps', 'distance'],
        repSeconds: 1.5, restSeconds: 60, metresPerSecond: 0.5,
    },
    {
        id: 'power-clean', title: 'Power clean', kind: 'strength',
        description: 'Pull a barbell explosively off the floor and catch it on the shoulders; whole-body power.',
        aliases: ['clean', 'power-cleans'], measures: ['reps'],
        repSeconds: 3, restSeconds: 180,
    },
    {
        id: 'hang-clean', title: 'Hang clean', kind: 'strength',
        description: 'A power clean started from mid-thigh; fast hip extension with less technique than from the floor.',
        aliases: ['hang-power-clean', 'hang-cleans'], measures: ['reps'],
        repSeconds: 3, restSeconds: 180,
    },
    {
        id: 'kettlebell-swing', title: 'Kettlebell swing', kind: 'strength',
        description: 'Hinge and snap the hips to swing a kettlebell up to chest height; explosive hip extension.',
        aliases: ['kettlebell-swings', 'kb-swing', 'swing', 'swings'], measures: ['reps'],
        repSeconds: 2, restSeconds: 90,
    },
    {
        id: 'sled-push', title: 'Sled push', kind: 'strength',
        description: 'Drive a weighted sled forward from a low lean; leg drive and strength for accelerating.',
        aliases: ['prowler', 'prowler-push', 'sled-drive'], measures: ['distance', 'time'],
        repSeconds: 15, restSeconds: 120, metresPerSecond: 1.5,
    },
    {
        id: 'sled-drag', title: 'Sled drag', kind: 'strength',
        description: 'Walk backwards or forwards pulling a sled on straps; quad and calf work with little soreness after.',
        aliases: ['sled-pull', 'backward-sled-drag'], measures: ['distance', 'time'],
        repSeconds: 30, restSeconds: 90, metresPerSecond: 1,
    },
    {
        id: 'farmer-carry', title: 'Farmer carry', kind: 'strength',
        description: 'Walk tall holding a heavy weight in each hand; grip, trunk stiffness and posture.',
        aliases: ['farmer-walk', 'farmers-walk', 'farmers-carry', 'loaded-carry'], measures: ['distance', 'time'],
        repSeconds: 30, restSeconds: 90, metresPerSecond: 1.2,
    },
    {
        id: 'suitcase-carry', title: 'Suitcase carry', kind: 'strength',
        description: 'Walk with a weight in one hand only and without leaning; the trunk resists bending sideways.',
        aliases: ['suitcase-walk', 'single-arm-carry'], measures: ['distance', 'time'],
        repSeconds: 30, restSeconds: 90, metresPerSecond: 1.2, unilateral: true,
    },
    // Trunk. For holds a counted rep is one hold.
    {
        id: 'plank', title: 'Plank', kind: 'strength',
        description: 'Hold a straight line from head to heels on forearms and toes; trunk stiffness for running posture.',
        aliases: ['front-plank', 'forearm-plank'], measures: ['time', 'reps'],
        repSeconds: 30, restSeconds: 60,
    },
    {
        id: 'side-plank', title: 'Side plank', kind: 'strength',
        description: 'Hold the body sideways on one forearm with the hips high; lateral trunk and hip strength.',
        aliases: ['side-planks', 'side-bridge'], measures: ['time', 'reps'],
        repSeconds: 30, restSeconds: 60, unilateral: true,
    },
    {
        id: 'copenhagen-plank', title: 'Copenhagen plank', kind: 'strength',
        description: 'Side plank with the top leg resting on a bench and the lower leg lifted; builds adductor strength.',
        aliases: ['copenhagen', 'copenhagen-adduction', 'adductor-plank'], measures: ['time', 'reps'],
        repSeconds: 20, restSeconds: 60, unilateral: true,
    },
    {
        id: 'hollow-hold', title: 'Hollow hold', kind: 'strength',
        description: 'On your back, lift shoulders and legs and press the lower back into the floor; front trunk control.',
        aliases: ['hollow-body', 'hollow'], measures: ['time', 'reps'],
        repSeconds: 30, restSeconds: 60,
    },
    {
        id: 'dead-bug', title: 'Dead bug', kind: 'strength',
        description: 'On your back, lower the opposite arm and leg while the spine stays still; core control for running.',
        aliases: ['dead-bugs', 'deadbug'], measures: ['reps', 'time'],
        repSeconds: 3, restSeconds: 60, unilateral: true,
    },
    {
        id: 'bird-dog', title: 'Bird dog', kind: 'strength',
        description: 'On hands and knees, reach the opposite arm and leg out long and hold; balance and spinal control.',
        aliases: ['bird-dogs'], measures: ['reps', 'time'],
        repSeconds: 3, restSeconds: 60, unilateral: true,
    },
    {
        id: 'pallof-press', title: 'Pallof press', kind: 'strength',
        description: 'Press a band or cable straight out from the chest and resist its sideways pull; anti-rotation core.',
        aliases: ['pallof', 'anti-rotation-press'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60, unilateral: true,
    },
    {
        id: 'hanging-knee-raise', title: 'Hanging knee raise', kind: 'strength',
        description: 'Hang from a bar and draw the knees up towards the chest; hip flexor and lower abdominal strength.',
        aliases: ['knee-raise', 'hanging-leg-raise'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90,
    },
    // Upper body: posture and arm drive.
    {
        id: 'pull-up', title: 'Pull-up', kind: 'strength',
        description: 'Hang from a bar and pull until the chin clears it; upper-back and arm strength for posture.',
        aliases: ['pull-ups', 'chin-up', 'chin-ups'], measures: ['reps'],
        repSeconds: 3, restSeconds: 120,
    },
    {
        id: 'push-up', title: 'Push-up', kind: 'strength',
        description: 'Lower the chest to the floor from a plank and press back up; upper-body and trunk strength.',
        aliases: ['push-ups', 'press-up', 'press-ups'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90,
    },
    {
        id: 'bent-over-row', title: 'Bent-over row', kind: 'strength',
        description: 'Hinge forward and row a barbell to the lower ribs; strengthens the upper back for upright running.',
        aliases: ['barbell-row', 'bent-row'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90,
    },
    {
        id: 'single-arm-row', title: 'Single-arm row', kind: 'strength',
        description: 'Row a dumbbell to the hip with one hand, the other braced on a bench; upper back and lats.',
        aliases: ['dumbbell-row', 'db-row', 'one-arm-row'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90, unilateral: true,
    },
    {
        id: 'overhead-press', title: 'Overhead press', kind: 'strength',
        description: 'Press a bar or dumbbells from the shoulders to overhead while bracing; shoulder strength for arm drive.',
        aliases: ['ohp', 'shoulder-press', 'military-press'], measures: ['reps'],
        repSeconds: 3, restSeconds: 120,
    },
    {
        id: 'band-pull-apart', title: 'Band pull-apart', kind: 'strength',
        description: "Hold a band at arm's length and stretch it apart to the chest; rear-shoulder and upper-back health.",
        aliases: ['band-pull-aparts', 'pull-apart', 'pull-aparts'], measures: ['reps'],
        repSeconds: 2, restSeconds: 60,
    },
    // Arms and shoulders: the arm swing that drives a sprint and a finishing kick.
    {
        id: 'incline-push-up', title: 'Incline push-up', kind: 'strength',
        description: 'Push-up with the hands raised on a bench or box; an easier angle to groove a rigid trunk and full range.',
        aliases: ['incline-push-ups', 'incline-press-up'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60,
    },
    {
        id: 'decline-push-up', title: 'Decline push-up', kind: 'strength',
        description: 'Push-up with the feet raised; shifts more of the work onto the shoulders and upper chest.',
        aliases: ['decline-push-ups', 'feet-up-push-up'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90,
    },
    {
        id: 'diamond-push-up', title: 'Diamond push-up', kind: 'strength',
        description: 'Push-up with the hands close together under the chest; loads the triceps for a strong arm drive.',
        aliases: ['diamond-push-ups', 'close-grip-push-up', 'triangle-push-up'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90,
    },
    {
        id: 'pike-push-up', title: 'Pike push-up', kind: 'strength',
        description: 'Hips high in an inverted V, lower the head towards the floor and press back; shoulder strength without weights.',
        aliases: ['pike-push-ups', 'pike-press'], measures: ['reps'],
        repSeconds: 3, restSeconds: 90,
    },
    {
        id: 'dip', title: 'Dip', kind: 'strength',
        description: 'Support yourself on parallel bars, lower until the elbows bend past a right angle and press up; triceps and chest.',
        aliases: ['dips', 'parallel-bar-dip', 'tricep-dip', 'triceps-dip'], measures: ['reps'],
        repSeconds: 3, restSeconds: 120,
    },
    {
        id: 'bench-dip', title: 'Bench dip', kind: 'strength',
        description: 'Hands on a bench behind you, feet forward, bend and straighten the elbows; a lighter dip for the triceps.',
        aliases: ['bench-dips', 'chair-dip'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60,
    },
    {
        id: 'bicep-curl', title: 'Biceps curl', kind: 'strength',
        description: 'Curl dumbbells or a bar from straight arms to the shoulders, elbows still at the sides; biceps strength.',
        aliases: ['bicep-curls', 'biceps-curl', 'biceps-curls', 'dumbbell-curl', 'barbell-curl'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60,
    },
    {
        id: 'hammer-curl', title: 'Hammer curl', kind: 'strength',
        description: 'A curl with the palms facing each other; biceps and forearms, with the wrist in its running position.',
        aliases: ['hammer-curls'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60,
    },
    {
        id: 'tricep-extension', title: 'Triceps extension', kind: 'strength',
        description: 'Straighten the arms against a cable, band or dumbbell with the upper arms kept still; triceps strength.',
        aliases: ['tricep-extensions', 'triceps-extension', 'triceps-pushdown', 'tricep-pushdown', 'skull-crusher'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60,
    },
    {
        id: 'lateral-raise', title: 'Lateral raise', kind: 'strength',
        description: 'Raise light dumbbells out to the sides to shoulder height and lower slowly; the side of the shoulder.',
        aliases: ['lateral-raises', 'side-raise', 'side-raises'], measures: ['reps'],
        repSeconds: 3, restSeconds: 60,
    },

    // ---- Mobility, held stretches: a counted rep is one hold (per side when unilateral). ----
    {
        id: 'hip-flexors', title: 'Hip flexor stretch', kind: 'mobility',
        description: 'Half-kneeling, tuck the pelvis and shift the hips forward; lengthens the front of the hip for stride.',
        aliases: ['hip-flexor-stretch', 'kneeling-hip-flexor-stretch'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'glutes', title: 'Glute stretch', kind: 'mobility',
        description: 'Figure-four stretch, lying or seated, ankle crossed over the other knee; eases tight glutes.',
        aliases: ['glute-stretch', 'figure-four', 'piriformis-stretch'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'hamstrings', title: 'Hamstring stretch', kind: 'mobility',
        description: 'Heel forward on the floor or a low step, hinge from the hips with a long back; hamstring length.',
        aliases: ['hamstring-stretch'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'groin', title: 'Groin stretch', kind: 'mobility',
        description: 'Sit with the soles together and let the knees drop, or hold a wide side lunge; opens the adductors.',
        aliases: ['adductors', 'adductor-stretch', 'groin-stretch', 'butterfly'], measures: ['time', 'reps'],
        repSeconds: 60, restSeconds: 0,
    },
    {
        id: 'ankles', title: 'Ankle mobility', kind: 'mobility',
        description: 'Rock the knee towards a wall past the toes with the heel down; ankle bend for a full push-off.',
        aliases: ['ankle-mobility', 'ankle-rocks', 'knee-to-wall'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'calves', title: 'Calf stretch', kind: 'mobility',
        description: 'Lean into a wall with the back leg straight and heel down; stretches the calf and Achilles.',
        aliases: ['calf-stretch', 'wall-calf-stretch'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'soleus-stretch', title: 'Soleus stretch', kind: 'mobility',
        description: 'The wall calf stretch with the back knee bent; reaches the deeper soleus muscle.',
        aliases: ['bent-knee-calf-stretch'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'quads', title: 'Quad stretch', kind: 'mobility',
        description: 'Standing or lying, draw one heel to the seat with the knees together; front-of-thigh length.',
        aliases: ['quad-stretch', 'quadriceps'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'couch-stretch', title: 'Couch stretch', kind: 'mobility',
        description: 'Back shin up a wall or sofa, front foot down, hips pressed forward; deep quad and hip flexor stretch.',
        aliases: ['couch', 'rectus-femoris-stretch'], measures: ['time', 'reps'],
        repSeconds: 60, restSeconds: 0, unilateral: true,
    },
    {
        id: 'pigeon', title: 'Pigeon stretch', kind: 'mobility',
        description: 'Front shin angled across the body, back leg long, hips sinking; deep outer hip and glute stretch.',
        aliases: ['pigeon-pose', 'pigeon-stretch'], measures: ['time', 'reps'],
        repSeconds: 60, restSeconds: 0, unilateral: true,
    },
    {
        id: 'hip-90-90', title: 'Hip 90-90', kind: 'mobility',
        description: 'Sit with both knees bent at right angles, one in front, one to the side; hip rotation both ways.',
        aliases: ['ninety-ninety', 'hip-switch'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'lizard', title: 'Lizard stretch', kind: 'mobility',
        description: 'Low lunge with both hands inside the front foot and the hips sinking; opens hip flexors and groin.',
        aliases: ['lizard-pose', 'lizard-stretch'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0, unilateral: true,
    },
    {
        id: 'frog-stretch', title: 'Frog stretch', kind: 'mobility',
        description: 'On hands and knees, slide the knees wide and sink the hips back; deep inner-thigh opening.',
        aliases: ['frog', 'frog-pose'], measures: ['time', 'reps'],
        repSeconds: 60, restSeconds: 0,
    },
    {
        id: 'deep-squat-hold', title: 'Deep squat hold', kind: 'mobility',
        description: 'Rest in the bottom of a bodyweight squat, heels down and chest up; hip, ankle and back mobility.',
        aliases: ['deep-squat', 'squat-hold'], measures: ['time', 'reps'],
        repSeconds: 60, restSeconds: 0,
    },
    {
        id: 'child-pose', title: "Child's pose", kind: 'mobility',
        description: 'Kneel and sit back onto the heels with the arms reaching long; gentle lower-back and hip release.',
        aliases: ['childs-pose', 'balasana'], measures: ['time', 'reps'],
        repSeconds: 60, restSeconds: 0,
    },
    {
        id: 'downward-dog', title: 'Downward dog', kind: 'mobility',
        description: 'Hips high with hands and feet on the floor, heels sinking; stretches calves, hamstrings and shoulders.',
        aliases: ['down-dog', 'downdog'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0,
    },
    {
        id: 'cobra', title: 'Cobra stretch', kind: 'mobility',
        description: 'Lying face down, press the chest up on straight arms; extends the spine and the front of the hips.',
        aliases: ['cobra-stretch', 'cobra-pose'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0,
    },
    {
        id: 'big-toe-stretch', title: 'Big toe stretch', kind: 'mobility',
        description: 'Kneel on bent toes or draw the big toe back gently; toe extension for the last moment of push-off.',
        aliases: ['toe-stretch', 'kneeling-toe-stretch'], measures: ['time', 'reps'],
        repSeconds: 45, restSeconds: 0,
    },
    {
        id: 'foam-roll', title: 'Foam roll', kind: 'mobility',
        description: 'Slow rolling on a foam roller over calves, quads, glutes or back; eases tightness before or after.',
        aliases: ['foam-rolling', 'foam-roller', 'self-massage'], measures: ['time', 'reps'],
        // a counted rep is one area
        repSeconds: 60, restSeconds: 0,
    },

    // ---- Mobility, dynamic: counted by movements, so a rep is one movement of a few seconds. ----
    {
        id: 'leg-swings', title: 'Leg swings', kind: 'mobility',
        description: 'Holding a support, swing one leg forward and back or across, growing the range; dynamic warm-up.',
        aliases: ['leg-swing', 'front-leg-swings', 'side-leg-swings'], measures: ['reps', 'time'],
        repSeconds: 1.5, restSeconds: 0, unilateral: true,
    },
    {
        id: 'hip-circles', title: 'Hip circles', kind: 'mobility',
        description: 'On one leg, draw big slow circles with the other knee; takes the hip through its whole range.',
        aliases: ['hip-rotations', 'hip-cars'], measures: ['reps', 'time'],
        repSeconds: 3, restSeconds: 0, unilateral: true,
    },
    {
        id: 'ankle-circles', title: 'Ankle circles', kind: 'mobility',
        description: 'Trace slow full circles with the foot in both directions; gets the ankle moving before a run.',
        aliases: ['ankle-rotations', 'ankle-cars'], measures: ['reps', 'time'],
        repSeconds: 2, restSeconds: 0, unilateral: true,
    },
    {
        id: 'world-greatest-stretch', title: "World's greatest stretch", kind: 'mobility',
        description: 'Lunge, drop the elbow to the instep, rotate the arm up, straighten the front leg; whole-body opener.',
        aliases: ['worlds-greatest-stretch', 'greatest-stretch', 'wgs'], measures: ['reps', 'time'],
        repSeconds: 15, restSeconds: 0, unilateral: true,
    },
    {
        id: 'spiderman-lunge', title: 'Spiderman lunge', kind: 'mobility',
        description: 'Long lunge placing the same-side hand inside the front foot, then step through; dynamic hip opener.',
        aliases: ['spiderman', 'spider-lunge'], measures: ['reps', 'time'],
        repSeconds: 5, restSeconds: 0, unilateral: true,
    },
    {
        id: 'knee-hug', title: 'Knee hug', kind: 'mobility',
        description: 'While walking, pull one knee to the chest and rise onto the standing toes; dynamic glute stretch.',
        aliases: ['knee-hugs', 'walking-knee-hug', 'knee-to-chest'], measures: ['reps', 'time'],
        repSeconds: 3, restSeconds: 0, unilateral: true,
    },
    {
        id: 'inchworm', title: 'Inchworm', kind: 'mobility',
        description: 'From standing, walk the hands out to a plank and walk the feet back up to them; hamstrings and trunk.',
        aliases: ['inchworms', 'walkout', 'walkouts'], measures: ['reps', 'time'],
        repSeconds: 8, restSeconds: 0,
    },
    {
        id: 'adductor-rockback', title: 'Adductor rockback', kind: 'mobility',
        description: 'Kneel with one leg out to the side and rock the hips back and forth; dynamic groin mobility.',
        aliases: ['adductor-rock', 'rockback'], measures: ['reps', 'time'],
        repSeconds: 3, restSeconds: 0, unilateral: true,
    },
    {
        id: 'fire-hydrant', title: 'Fire hydrant', kind: 'mobility',
        description: 'On hands and knees, lift one bent leg out to the side and lower it; hip opening and rotation.',
        aliases: ['fire-hydrants'], measures: ['reps', 'time'],
        repSeconds: 2, restSeconds: 0, unilateral: true,
    },
    {
        id: 'scorpion', title: 'Scorpion', kind: 'mobility',
        description: 'Lying face down, reach one foot over towards the opposite hand; rotation through hips and spine.',
        aliases: ['scorpions'], measures: ['reps', 'time'],
        repSeconds: 4, restSeconds: 0, unilateral: true,
    },
    {
        id: 'thoracic-rotation', title: 'Thoracic rotation', kind: 'mobility',
        description: 'Side-lying with knees stacked, open the top arm across like a book; upper-back rotation.',
        aliases: ['open-book', 'open-books', 't-spine-rotation'], measures: ['reps', 'time'],
        repSeconds: 4, restSeconds: 0, unilateral: true,
    },
    {
        id: 'cat-cow', title: 'Cat-cow', kind: 'mobility',
        description: 'On hands and knees, round the spine up and then let it sag, slowly; loosens the whole back.',
        aliases: ['cat-camel', 'cat-cows'], measures: ['reps', 'time'],
        repSeconds: 4, restSeconds: 0,
    },
    {
        id: 'arm-circles', title: 'Arm circles', kind: 'mobility',
        description: 'Large controlled circles with straight arms, forwards and backwards; loosens the shoulders.',
        aliases: ['shoulder-circles'], measures: ['reps', 'time'],
        repSeconds: 1.5, restSeconds: 0,
    },

    // ---- Cross-training: aerobic work that is not running; it adds time and load, never running distance. ----
    {
        id: 'cross-training', title: 'Cross-training', kind: 'cross',
        description: 'Any steady aerobic work off your feet; keeps the engine running while the legs recover from impact.',
        aliases: ['xt'], measures: ['time', 'distance'],
        repSeconds: 0, restSeconds: 0, metresPerSecond: 5,
    },
    {
        id: 'cycling', title: 'Cycling', kind: 'cross',
        description: 'Riding on the road or a stationary bike; aerobic volume with no landing forces.',
        aliases: ['bike', 'cycle'], measures: ['time', 'distance'],
        repSeconds: 0, restSeconds: 0, metresPerSecond: 7,
    },
    {
        id: 'swim', title: 'Swim', kind: 'cross',
        description: 'Continuous swimming in any stroke; whole-body aerobic work that unloads the legs entirely.',
        aliases: ['swimming'], measures: ['time', 'distance'],
        repSeconds: 0, restSeconds: 0, metresPerSecond: 1,
    },
    {
        id: 'aqua-jog', title: 'Aqua jog', kind: 'cross',
        description: 'The running action in deep water with a float belt; keeps fitness with no impact when injured.',
        aliases: ['aqua-jogging', 'deep-water-run', 'pool-run'], measures: ['time'], repSeconds: 0, restSeconds: 0,
    },
    {
        id: 'rowing', title: 'Rowing', kind: 'cross',
        description: 'Steady work on a rowing machine; legs, back and arms together at low impact.',
        aliases: ['row', 'erg'], measures: ['time', 'distance'],
        repSeconds: 0, restSeconds: 0, metresPerSecond: 4,
    },
    {
        id: 'elliptical', title: 'Elliptical', kind: 'cross',
        description: 'A running-like stride on an elliptical trainer without the landing; easy aerobic volume.',
        aliases: ['cross-trainer'], measures: ['time'],
        repSeconds: 0, restSeconds: 0,
    },
];
