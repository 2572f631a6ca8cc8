/** The classroom's lesson code (YAML, the storyline validator, compression), loaded with the classroom's elements, off the first load. */
export { browserNotes } from '../../app/classroom/browser-notes';
export { decodeLesson, encodeLesson, lessonJson, lessonStoryline, lessonYaml, MAX_SHARE_URL, readLessonJson, storylineId } from '../../app/classroom/lesson-export';
export { addStep, EMPTY_LESSON, stepFromView } from '../../app/classroom/lesson-steps';
